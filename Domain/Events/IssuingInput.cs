using System.Globalization;
using Domain.Members;

namespace Domain.Events;

/// <summary>
/// Reads the formal particulars an organizer types in /sukien: the plan number ("27/KH-MTTQ-BTT"),
/// the signer ("TM. BAN THƯỜNG TRỰC; PHÓ CHỦ TỊCH | Trần Nam Đức", title lines split by ";") and
/// the place and date of issue ("Quận 5 | 21/4/2023").
/// </summary>
public static class IssuingInput
{
    public const MeetingEditor.State Plan = MeetingEditor.State.Plan;
    public const MeetingEditor.State Signer = MeetingEditor.State.Signer;
    public const MeetingEditor.State Issued = MeetingEditor.State.Issued;

    public static readonly MeetingEditor.State[] Fields = [Plan, Signer, Issued];

    /// <summary>The meeting with the field changed, or null when the text does not fit it.</summary>
    public static Meeting? Apply(Meeting meeting, MeetingEditor.State field, string text)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(text);
        var issuing = meeting.Issuing ?? new IssuingDetails();
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        IssuingDetails? changed = field switch
        {
            Plan when NameRule.Collapse(text) is { Length: >= 2 and <= 60 } number => issuing with { PlanNumber = number },
            Signer when parts.Length == 2 && parts[0].Length is >= 2 and <= 150 && NameRule.Check(parts[1], out var name) == NameProblem.None =>
                issuing with { SignerTitle = string.Join('\n', parts[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), SignerName = name },
            Issued when parts.Length == 2 && parts[0].Length is >= 2 and <= 60
                && DateOnly.TryParseExact(parts[1], ["d/M/yyyy", "dd/MM/yyyy", "d/MM/yyyy", "dd/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) =>
                issuing with { Place = NameRule.Collapse(parts[0]), IssuedOn = on },
            _ => null,
        };
        return changed is null ? null : meeting with { Issuing = changed };
    }
}
