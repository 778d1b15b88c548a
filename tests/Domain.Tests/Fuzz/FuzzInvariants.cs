using System.Text;
using System.Text.RegularExpressions;
using Domain.ContentReports;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Members.Registration;
using Domain.Notices;
using Domain.Users;

namespace Domain.Tests.Fuzz;

/// <summary>
/// What must hold after every step of a fuzz run. Each check returns the broken promise in words,
/// or null. The channel limits are Telegram's (text 4,096 characters after the sender cuts it at
/// line breaks, caption 1,024, callback data 64 bytes, callback answer 200) and Zalo's (2,000,
/// also cut by its sender); a text over the limit is fine as long as the sender's cut gives valid parts.
/// </summary>
public static partial class FuzzInvariants
{
    public const int TelegramText = 4096;
    public const int TelegramCaption = 1024;
    public const int CallbackDataBytes = 64;
    public const int CallbackAnswer = 200;
    public const int ZaloText = 2000;

    private static readonly string[] MeetingEditorStates = ["Copy", .. MeetingEditor.Fields.Select(f => f.ToString())];

    public static string? Reply(Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var telegram = delivery.To.Channel == "telegram";
        switch (delivery.Message)
        {
            case TextOut text:
                if (string.IsNullOrWhiteSpace(text.Text.ToPlain()))
                {
                    return "an empty text";
                }

                foreach (var part in Bot.Delivery.TextSplitter.Split(telegram ? text.Text.Value : text.Text.ToPlain(), telegram ? TelegramText : ZaloText))
                {
                    if (part.Length == 0 || part.Length > (telegram ? TelegramText : ZaloText))
                    {
                        return $"a part of {part.Length} characters";
                    }

                    if (telegram && Unbalanced(part) is { } tag)
                    {
                        return $"a part whose HTML is cut ({tag}): …{part[^Math.Min(80, part.Length)..]}";
                    }
                }

                foreach (var button in text.Buttons.SelectMany(r => r))
                {
                    if (string.IsNullOrWhiteSpace(button.Label))
                    {
                        return "a button without a label";
                    }

                    var bytes = Encoding.UTF8.GetByteCount(button.Data);
                    if (bytes is 0 or > CallbackDataBytes)
                    {
                        return $"button data of {bytes} bytes: {button.Data}";
                    }
                }

                if (text.Buttons.Any(r => r.Count == 0) || text.Keyboard?.Keys.Any(string.IsNullOrWhiteSpace) == true)
                {
                    return "an empty row of buttons or an empty key";
                }

                return null;
            case DocumentOut { Caption: { } caption } when caption.ToPlain().Length > TelegramCaption:
                return $"a document caption of {caption.ToPlain().Length} characters";
            case PhotoOut { Caption: { } caption } when caption.ToPlain().Length > TelegramCaption:
                return $"a photo caption of {caption.ToPlain().Length} characters";
            case ButtonAck { Toast: { } toast } when toast.Length > CallbackAnswer:
                return $"a button answer of {toast.Length} characters";
            default:
                return null;
        }
    }

    /// <summary>Every stored session names a flow the router knows and a state its machine can be rebuilt in.</summary>
    public static string? Session(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var state = session.State;
        var valid = session.Flow switch
        {
            null => state is null,
            RegistrationFlow.FlowName => Named<RegistrationMachine.State>(state),
            RsvpFlow.FlowName => Named<RsvpMachine.State>(state) && session.Get("event") is not null,
            CommentFlow.FlowName => Named<CommentMachine.State>(state) && session.Get(CommentActions.NonceKey) is not null,
            BroadcastFlow.FlowName => Named<BroadcastMachine.State>(state),
            ProfileEditor.FlowName => Named<RegistrationField>(state),
            UnitDelegationFlow.FlowName => state is "Count" or "Names" && session.Get("event") is not null,
            ReportFlow.FlowName => Named<ReportMachine.State>(state) && session.Get(ReportActions.NonceKey) is not null,
            ReportNoteFlow.FlowName => Named<ReportNoteStep>(state) && session.Get("report") is not null,
            MeetingEditor.FlowName => MeetingEditorStates.Contains(state) && session.Get("meeting") is not null,
            Domain.Guests.GuestDesk.FlowName => state is "Add" or "Import" && session.Get("meeting") is not null,
            Domain.Guests.GuestInvitation.FlowName => (state == "Consent" || Named<RsvpMachine.State>(state)) && session.Get("guest") is not null,
            Domain.CheckIn.Admission.FlowName => state == "DelegateName" && session.Get("meeting") is not null,
            Domain.Reports.RoundOpening.FlowName => Named<Domain.Reports.RoundOpeningMachine.State>(state) && session.Get("nonce") is not null && (state == "Meeting" || session.Get("meeting") is not null),
            Domain.Reports.WardReportFlow.FlowName => Named<Domain.Reports.WardReportMachine.State>(state) && session.Get(Domain.Reports.ReportDraft.NonceKey) is not null && session.Get(Domain.Reports.ReportDraft.RoundKey) is not null,
            Domain.Campaigns.ComposeButton.Prefix => Named<Domain.Campaigns.CampaignComposeMachine.State>(state),
            Domain.Campaigns.AnswerButton.Prefix => Named<Domain.Campaigns.CampaignAnswerMachine.State>(state) && session.Get("campaign") is not null,
            _ => false,
        };
        return valid ? null : $"session {session.Id} in flow '{session.Flow}', state '{state}', draft [{string.Join(", ", session.Draft.Keys)}]";
    }

    /// <summary>
    /// A stored profile is whole: a name the name rule accepts as it stands, a normalized phone
    /// number, a unit of the catalogue, a position within its limit, and a status and role that exist.
    /// </summary>
    public static string? Profile(Member member, UnitCatalog units)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(units);
        var whole = NameRule.Check(member.FullName, out var name) == NameProblem.None && name == member.FullName
            && PhoneRule.Normalize(member.Phone) == member.Phone
            && units.Find(member.UnitCode) is not null
            && !string.IsNullOrWhiteSpace(member.Position) && member.Position == member.Position.Trim() && member.Position.Length <= 200
            && Enum.IsDefined(member.Status);
        return whole ? null : $"profile {member.Id}: {member.FullName}|{member.Phone}|{member.UnitCode}|{member.Position}|{member.Status}";
    }

    /// <summary>The person each personal record belongs to.</summary>
    public static string? OwnerOf(IEntity entity) => entity switch
    {
        Member member => member.Id,
        Rsvp rsvp => rsvp.MemberId,
        Comment comment => comment.MemberId,
        RoleGrant grant => grant.Id,
        _ => null,
    };

    private static bool Named<T>(string? state)
        where T : struct, Enum => state is not null && Enum.GetNames<T>().Contains(state);

    /// <summary>The first tag Telegram would find unclosed or unopened in this part; null when balanced.</summary>
    private static string? Unbalanced(string part)
    {
        var open = new Stack<string>();
        foreach (Match tag in TagPattern().Matches(part))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return "</" + name + ">";
                }
            }
            else
            {
                open.Push(name);
            }
        }

        var lastLt = part.LastIndexOf('<');
        if (lastLt >= 0 && part.IndexOf('>', lastLt) < 0)
        {
            return "a tag cut in half";
        }

        return open.Count > 0 ? "<" + open.Peek() + ">" : null;
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z\\-]+)[^>]*>")]
    private static partial Regex TagPattern();
}
