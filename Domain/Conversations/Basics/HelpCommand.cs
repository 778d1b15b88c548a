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
        var text = new StringBuilder(MemberSection(lang).Value);
        if (turn.IsOrganizer())
        {
            var organizerEntries = CommandMenu.Entries.Where(e => e.OrganizersOnly || e.ForOrganizers is not null)
                .Select(e => e.ForOrganizers is { } more ? e with { Description = more } : e).ToList();
            if (organizerEntries.Count > 0)
            {
                text.Append("\n\n").Append(Texts.HelpOrganizerHeader.For(lang).Value);
                AppendEntries(text, organizerEntries, lang);
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

    private static void AppendEntries(StringBuilder text, IEnumerable<MenuEntry> entries, Lang lang)
    {
        foreach (var entry in entries)
        {
            text.Append('\n').Append('/').Append(entry.Command).Append(" – ")
                .Append(Html.Escape(entry.Description.Plain(lang)).Value);
        }
    }
}
