using System.Globalization;
using Domain.CheckIn;
using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Text;

namespace Domain.Guests;

/// <summary>
/// Makes the invitations of a guest list, pasted or sent as a CSV file, and sends the links back
/// as a CSV. A line that names a guest already on the list (or earlier in it) is not made again,
/// so a corrected file can be sent again whole; lines not understood are named by number.
/// </summary>
public sealed class GuestImport(IGuestFiles files)
{
    public const int MaxLines = GuestDesk.MaxImport;

    /// <summary>The organizer's answer at the import step; true when the step is done.</summary>
    public bool Receive(Turn turn, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meeting);
        switch (turn.Input.Event)
        {
            case TextIn text:
                return Import(turn, meeting, GuestFileText.Pasted(text.Text));
            case MediaIn { Kind: MediaKind.Document } document:
                return FromFile(turn, meeting, document);
            case MediaIn or UnsupportedIn when !Attachment.ChannelTakesFiles(turn.From.Channel):
                turn.Say(Texts.GuestFileNotOnChannel);
                return false;
            default:
                turn.Say(Texts.TextExpected);
                return false;
        }
    }

    private bool FromFile(Turn turn, Meeting meeting, MediaIn document)
    {
        switch (document.Content)
        {
            case null:
                turn.Say(Texts.GuestFileNotCsv);
                return false;
            case { Problem: AttachmentProblem.TooLarge }:
                turn.Say(Texts.GuestFileTooLarge, FileSize.Format(Attachment.MaxBytes, turn.Lang));
                return false;
            case { Bytes: null }:
                turn.Say(Texts.GuestFileUnavailable);
                return false;
        }

        var (lines, notUtf8) = GuestFileText.Read(document.Content.Bytes);
        if (notUtf8.Count > 0)
        {
            turn.Say(Texts.GuestFileNotUtf8, Numbers(notUtf8));
            return false;
        }

        return Import(turn, meeting, GuestFileText.WithoutHeading(lines));
    }

    private bool Import(Turn turn, Meeting meeting, IReadOnlyList<NumberedLine> lines)
    {
        if (lines.Count is 0 or > MaxLines)
        {
            turn.Say(Texts.GuestListInvalid, MaxLines);
            return false;
        }

        var known = GuestDesk.GuestsOf(turn.Store, meeting.Id).Select(g => Key(g.FullName, g.Unit)).ToHashSet(StringComparer.Ordinal);
        var rows = new List<GuestLinkRow>();
        var skipped = new List<int>();
        var repeated = new List<int>();
        foreach (var line in lines)
        {
            if (GuestLine.Parse(line.Text) is not { } details)
            {
                skipped.Add(line.Number);
                continue;
            }

            if (!known.Add(Key(details.FullName, details.Unit)))
            {
                repeated.Add(line.Number);
                continue;
            }

            var (guest, token) = GuestTokens.Create(turn.Store, meeting.Id, details, turn.Now, turn.From.ToString());
            turn.Changes.Put(guest);
            var payload = DeepLink.GuestPrefix + token;
            rows.Add(new GuestLinkRow(guest.FullName, guest.Unit, guest.Position, PhoneRule.Shown(guest.Phone), DeepLink.Telegram(turn.Settings, payload) ?? string.Empty, DeepLink.Typed(payload)));
        }

        turn.Audit("guest.imported", meeting.Id, rows.Count.ToString(CultureInfo.InvariantCulture));
        var caption = Caption(turn.Lang, rows.Count, skipped, repeated);
        if (rows.Count == 0)
        {
            turn.Reply(new TextOut(caption));
            return true;
        }

        turn.Reply(new DocumentOut($"{meeting.FileStem}-thu-moi-khach.csv", files.GuestLinksCsv(rows), caption));
        return true;
    }

    private static Html Caption(Lang lang, int made, List<int> skipped, List<int> repeated)
    {
        var first = skipped.Count == 0 ? Texts.GuestImported.For(lang, made) : Texts.GuestImportedSkipped.For(lang, made, Numbers(skipped));
        return repeated.Count == 0 ? first : Html.Join("\n", [first, Texts.GuestImportDuplicates.For(lang, Numbers(repeated))]);
    }

    private static string Key(string name, string unit) => Admission.Key(name) + "\n" + Admission.Key(unit);

    private static string Numbers(IReadOnlyList<int> numbers) =>
        string.Join(", ", numbers.Take(30).Select(n => n.ToString(CultureInfo.InvariantCulture))) + (numbers.Count > 30 ? ", …" : string.Empty);
}
