using Domain.Conversations;
using Domain.Text;
using Domain.Users;

namespace Domain.Members;

/// <summary>
/// /thanhvien: organizers browse approved members by unit and set each one's role (member, unit
/// coordinator, organizer). Every press is checked again: the button data is never trusted.
/// </summary>
public sealed class MemberDirectory(UnitCatalog units) : ICommandHandler, IButtonHandler<MemberButton>, IConfirmWhenTyped<MemberButton>
{
    public IReadOnlyList<string> Names { get; } = ["thanhvien", "members"];

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.RequireOrganizer())
        {
            ShowUnits(turn);
        }
    }

    /// <summary>Registered for organizers only: the router has checked who presses.</summary>
    public void Handle(Turn turn, MemberButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        switch (button)
        {
            case MemberButton.OfUnit(var code) when units.Find(code) is { } unit:
                ShowUnit(turn, unit);
                break;
            case MemberButton.Show(var user):
                ShowMember(turn, user);
                break;
            case MemberButton.Merge(var user):
                ShowMergeTargets(turn, user);
                break;
            case MemberButton.Into(var source, var target):
                Merge(turn, source, target);
                break;
            case MemberButton.SetRole(var role, var user):
                SetRole(turn, user, role);
                break;
            default:
                turn.Say(Texts.ButtonExpired);
                break;
        }
    }

    public Html? Consequence(Turn turn, MemberButton button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        return button switch
        {
            MemberButton.SetRole(var role, var user) when turn.Store.Find<Member>(user.ToString()) is { } member =>
                Texts.ConfirmRole.For(turn.Lang, member.FullName, MemberTexts.RoleName(turn.Lang, role)),
            MemberButton.Into(var from, var into) when turn.Store.Find<Member>(from.ToString()) is { } source && turn.Store.Find<Member>(into.ToString()) is { } target =>
                Texts.ConfirmMerge.For(turn.Lang, source.FullName, ChannelOf(source), target.FullName, ChannelOf(target)),
            _ => null,
        };
    }

    private static string ChannelOf(Member member) => ChannelNames.Of(UserKey.Parse(member.Id).Channel);

    private static List<Member> Approved(Turn turn) =>
        turn.Store.All<Member>().Where(m => m.Status == MemberStatus.Approved).ToList();

    private void ShowUnits(Turn turn)
    {
        var counts = Approved(turn).GroupBy(m => m.UnitCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        if (counts.Count == 0)
        {
            turn.Say(Texts.MembersNone);
            return;
        }

        var buttons = units.All
            .Where(u => counts.ContainsKey(u.Code))
            .Select(u => new Button($"{u.Name} ({counts[u.Code]})", new MemberButton.OfUnit(u.Code).Encode()));
        turn.Say(Texts.MembersChooseUnit, buttons);
    }

    private static void ShowUnit(Turn turn, Unit unit)
    {
        var buttons = Approved(turn)
            .Where(m => string.Equals(m.UnitCode, unit.Code, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.FullName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select(m => new Button(
                $"{m.FullName} – {MemberTexts.RoleName(turn.Lang, Access.RoleOf(turn.Store, turn.Settings, UserKey.Parse(m.Id)))}",
                new MemberButton.Show(UserKey.Parse(m.Id)).Encode()));
        turn.Say(Texts.MembersOfUnit, buttons, unit.Name);
    }

    private void ShowMember(Turn turn, UserKey user)
    {
        if (turn.Store.Find<Member>(user.ToString()) is not { Status: MemberStatus.Approved } member)
        {
            turn.Say(Texts.MemberGone);
            return;
        }

        var role = Access.RoleOf(turn.Store, turn.Settings, user);
        var text = Texts.MemberCard.For(turn.Lang, member.FullName, PhoneRule.Display(member.Phone), units.NameOf(member.UnitCode), member.Position, MemberTexts.RoleName(turn.Lang, role));
        var buttons = new[] { Role.Member, Role.Coordinator, Role.Organizer }
            .Where(r => r != role)
            .Select(r => new Button(MemberTexts.RoleName(turn.Lang, r), new MemberButton.SetRole(r, UserKey.Parse(member.Id)).Encode()))
            .ToList();
        if (SamePhone(turn, member).Count > 0)
        {
            buttons.Add(new Button(Texts.MergeProfile.Plain(turn.Lang), new MemberButton.Merge(UserKey.Parse(member.Id)).Encode()));
        }

        turn.Reply(new TextOut(text).WithButtonColumn(buttons));
    }

    /// <summary>
    /// Other profiles with the same phone number, where one of the two shared it with the contact
    /// button: a typed number proves nothing, so it never makes two profiles one person's.
    /// </summary>
    private static List<Member> SamePhone(Turn turn, Member member) =>
        turn.Store.All<Member>().Where(m => m.Id != member.Id && m.Status != MemberStatus.Rejected && LinkConsent.MergeAllowedByPhone(member, m)).ToList();

    private void ShowMergeTargets(Turn turn, UserKey user)
    {
        if (turn.Store.Find<Member>(user.ToString()) is not { } member)
        {
            turn.Say(Texts.MemberGone);
            return;
        }

        var targets = SamePhone(turn, member);
        if (targets.Count == 0)
        {
            turn.Say(Texts.MergeNone);
            return;
        }

        var buttons = targets.Select(t => new Button(
            Texts.MergeCandidate.Plain(turn.Lang).Replace("{0}", t.FullName, StringComparison.Ordinal)
                .Replace("{1}", ChannelNames.Of(UserKey.Parse(t.Id).Channel), StringComparison.Ordinal)
                .Replace("{2}", units.NameOf(t.UnitCode), StringComparison.Ordinal),
            new MemberButton.Into(UserKey.Parse(member.Id), UserKey.Parse(t.Id)).Encode()));
        // Both profiles in full: the organizer decides on everything each one holds, not on a name.
        var others = Html.Join("\n\n", targets.Select(t => FullProfile(turn, t)));
        turn.Say(Texts.MergeChooseFull, buttons, FullProfile(turn, member), others);
    }

    private Html FullProfile(Turn turn, Member member) => Texts.MergeProfileFull.For(
        turn.Lang,
        member.FullName,
        ChannelNames.Of(UserKey.Parse(member.Id).Channel),
        PhoneRule.Display(member.Phone),
        (member.PhoneVerified ? Texts.PhoneShared : Texts.PhoneTyped).Plain(turn.Lang),
        units.NameOf(member.UnitCode),
        member.Position,
        MemberTexts.Status(turn.Lang, member.Status),
        MemberTexts.RoleName(turn.Lang, Access.RoleOf(turn.Store, turn.Settings, UserKey.Parse(member.Id))),
        TimeZoneInfo.ConvertTime(member.RegisteredAt, turn.Settings.TimeZone).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The proposal runs in the kept profile's own turn, which asks the person on both channels, as a link by code does.</summary>
    private static void Merge(Turn turn, UserKey source, UserKey target)
    {
        if (source == target || turn.Store.Find<Member>(source.ToString()) is not { } from || turn.Store.Find<Member>(target.ToString()) is not { } into)
        {
            turn.Say(Texts.MemberGone);
            return;
        }

        if (!LinkConsent.MergeAllowedByPhone(from, into))
        {
            turn.Say(Texts.MergeNeedsSharedPhone);
            return;
        }

        turn.Signal(target, IdentityLinking.SignalName, $"{IdentityLinking.ByOrganizer}|{source}");
    }

    private static void SetRole(Turn turn, UserKey user, Role role)
    {
        if (turn.Store.Find<Member>(user.ToString()) is not { Status: MemberStatus.Approved } member)
        {
            turn.Say(Texts.MemberGone);
            return;
        }

        if (turn.Settings.Organizers.Contains(user))
        {
            turn.Say(Texts.RoleFromConfiguration, member.FullName);
            return;
        }

        var current = Access.RoleOf(turn.Store, turn.Settings, user);
        if (role == Role.Member)
        {
            turn.Changes.Delete<RoleGrant>(member.Id);
        }
        else
        {
            turn.Changes.Put(new RoleGrant(member.Id, role, turn.From.ToString(), turn.Now));
        }

        turn.Say(Texts.RoleChanged, member.FullName, MemberTexts.RoleName(turn.Lang, role));
        if (current != role)
        {
            turn.Audit(role == Role.Member ? "role.revoked" : "role.granted", member.Id, role.ToString());
            var lang = MemberTexts.LangOf(turn.Store, user, turn.Settings.DefaultLanguage);
            MemberTexts.Tell(turn, user, Texts.YourRoleChanged, MemberTexts.RoleName(lang, role));
        }
    }
}
