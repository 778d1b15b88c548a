using System.Text;
using Domain.Members;
using Domain.Text;

namespace Domain.Conversations.Basics;

public sealed class HelpCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["help", "trogiup"];

    public bool LeavesFlow => false;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var lang = turn.Lang;
        var organizer = turn.IsOrganizer();
        // A command that does more for organizers is listed once for them, in their part, with both meanings.
        var text = new StringBuilder(Texts.HelpHeader.For(lang).Value);
        AppendEntries(text, CommandMenu.Entries.Where(e => !e.OrganizersOnly && !(organizer && e.ForOrganizers is not null)), lang);
        if (organizer)
        {
            var organizerEntries = CommandMenu.Entries.Where(e => e.OrganizersOnly || e.ForOrganizers is not null).ToList();
            if (organizerEntries.Count > 0)
            {
                text.Append("\n\n").Append(Texts.HelpOrganizerHeader.For(lang).Value);
                AppendEntries(text, organizerEntries, lang, organizers: true);
            }
        }

        text.Append("\n\n").Append(Texts.HelpFooter.For(lang).Value);
        turn.Reply(new TextOut(new Html(text.ToString())));
    }

    /// <summary>The commands every member has, under their heading; /start shows it to a member too.</summary>
    public static Html MemberSection(Lang lang)
    {
        var text = new StringBuilder(Texts.HelpHeader.For(lang).Value);
        AppendEntries(text, CommandMenu.Entries.Where(e => !e.OrganizersOnly), lang);
        return new Html(text.ToString());
    }

    private static void AppendEntries(StringBuilder text, IEnumerable<MenuEntry> entries, Lang lang, bool organizers = false)
    {
        foreach (var entry in entries)
        {
            text.Append('\n').Append('/').Append(entry.Command).Append(" – ");
            if (organizers && entry.ForOrganizers is { } more)
            {
                // "Rounds: open, progress, summary; send your unit's report".
                var member = entry.Description.Plain(lang);
                text.Append(Html.Escape(more.Plain(lang)).Value).Append("; ")
                    .Append(Html.Escape(char.ToLower(member[0], System.Globalization.CultureInfo.InvariantCulture) + member[1..]).Value);
            }
            else
            {
                text.Append(Html.Escape(entry.Description.Plain(lang)).Value);
            }
        }
    }
}
