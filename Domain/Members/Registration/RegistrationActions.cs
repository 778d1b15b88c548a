using Domain.Conversations;
using Domain.Text;

namespace Domain.Members.Registration;

/// <summary>What the registration machine does on entering a step: ask, summarize, submit.</summary>
public sealed class RegistrationActions(UnitCatalog units, ApprovalRequests approvals)
{

    public void AskConsent(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        AskConsent(turn, Consent(turn));
    }

    /// <summary>
    /// The first question with the greeting above it, in one message: one notification on the
    /// phone, and a newcomer's first step costs one send instead of two, the second of which had to
    /// wait for the first (docs/benchmarks-history.md, "One message for a newcomer's first step").
    /// </summary>
    public void GreetAndAskConsent(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var organization = turn.Settings.Organization;
        var greeting = Texts.Welcome.For(turn.Lang, organization.BotName(turn.Lang), organization.TeamName.For(turn.Lang));
        AskConsent(turn, Html.Join("\n\n", [greeting, Consent(turn)]));
    }

    private static Html Consent(Turn turn) =>
        Texts.ConsentRequest.For(turn.Lang, turn.Settings.Organization.TeamName.For(turn.Lang), turn.Settings.Organization.ConsentPurpose.For(turn.Lang));

    private static void AskConsent(Turn turn, Html text) =>
        turn.Reply(new TextOut(text).WithButtons(
        [
            new Button(Texts.Agree.Plain(turn.Lang), new RegistrationButton.Answer(RegistrationChoice.Agree).Encode()),
            new Button(Texts.Disagree.Plain(turn.Lang), new RegistrationButton.Answer(RegistrationChoice.Refuse).Encode()),
        ]));

    public void AskName(Turn turn) => turn.Say(Texts.AskName);

    public void AskPhone(Turn turn) =>
        turn.Reply(new TextOut(Texts.AskPhone.For(turn.Lang)) { Keyboard = new ReplyKeyboard([], Texts.SharePhone.Plain(turn.Lang)) });

    public void PhoneSaved(Turn turn) =>
        turn.Reply(new TextOut(Html.Format("✓ {0}", PhoneRule.Display(turn.Session.Get("phone") ?? string.Empty))) { RemoveKeyboard = true });

    public void AskUnit(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var wards = units.All.Where(u => u.Group == UnitGroup.Ward).Select(UnitButton).Chunk(3);
        var others = units.All.Where(u => u.Group != UnitGroup.Ward).Select(u => new[] { UnitButton(u) });
        turn.Reply(new TextOut(Texts.AskUnit.For(turn.Lang)) { Buttons = wards.Concat(others).ToList() });
    }

    public void AskPosition(Turn turn) => turn.Say(Texts.AskPosition);

    public void ShowReview(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var draft = turn.Session;
        var text = Texts.Review.For(
            turn.Lang,
            draft.Get("name"),
            PhoneRule.Display(draft.Get("phone") ?? string.Empty),
            units.NameOf(draft.Get("unit") ?? string.Empty),
            draft.Get("position"));
        turn.Reply(new TextOut(text).WithButtons(
        [
            new Button(Texts.Confirm.Plain(turn.Lang), new RegistrationButton.Answer(RegistrationChoice.Confirm).Encode()),
            new Button(Texts.Edit.Plain(turn.Lang), new RegistrationButton.Answer(RegistrationChoice.Edit).Encode()),
            new Button(Texts.Cancel.Plain(turn.Lang), new RegistrationButton.Answer(RegistrationChoice.Cancel).Encode()),
        ]));
    }

    public void AskField(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Say(Texts.WhichField, FieldButtons(turn.Lang, f => new RegistrationButton.Field(f)));
    }

    public static IEnumerable<Button> FieldButtons(Lang lang, Func<RegistrationField, IButton> button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return
        [
            new Button(Texts.FieldName.Plain(lang), button(RegistrationField.Name).Encode()),
            new Button(Texts.FieldPhone.Plain(lang), button(RegistrationField.Phone).Encode()),
            new Button(Texts.FieldUnit.Plain(lang), button(RegistrationField.Unit).Encode()),
            new Button(Texts.FieldPosition.Plain(lang), button(RegistrationField.Position).Encode()),
        ];
    }

    public void Submit(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var draft = turn.Session;
        // An organizer named in the configuration has no one above them to approve them.
        var autoApprove = turn.Settings.AutoApprove || turn.Settings.Organizers.Contains(turn.From);
        var member = new Member
        {
            Id = turn.From.ToString(),
            FullName = draft.Get("name")!,
            Phone = draft.Get("phone")!,
            PhoneVerified = draft.Get(RegistrationFlow.SharedPhoneKey) is not null,
            UnitCode = draft.Get("unit")!,
            Position = draft.Get("position")!,
            Status = autoApprove ? MemberStatus.Approved : MemberStatus.Pending,
            ConsentAt = DateTimeOffset.TryParse(draft.Get("consentAt"), System.Globalization.CultureInfo.InvariantCulture, out var consent) ? consent : turn.Now,
            RegisteredAt = turn.Now,
            // Approved now: the roster's join date is the approval's.
            DecidedAt = autoApprove ? turn.Now : null,
        };
        turn.Changes.Put(member);
        turn.Audit("member.registered", member.Id, member.UnitCode);
        if (autoApprove)
        {
            turn.Say(Texts.SubmittedApproved, turn.Settings.Organization.TeamName.For(turn.Lang));
        }
        else
        {
            turn.Say(Texts.SubmittedPending);
            approvals.Notify(turn, member);
        }
    }

    public void Refused(Turn turn) => turn.Say(Texts.ConsentRefused);

    public void Cancelled(Turn turn) => turn.Reply(new TextOut(Texts.Cancelled.For(turn.Lang)) { RemoveKeyboard = true });

    private static Button UnitButton(Unit unit) => new(unit.Name, new RegistrationButton.OfUnit(unit.Code).Encode());
}
