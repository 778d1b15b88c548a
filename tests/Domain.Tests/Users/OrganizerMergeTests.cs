using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>
/// /thanhvien: an organizer proposes merging two profiles of one person (registered on Telegram
/// and on Zalo with the same phone number). Only a number shared with Telegram's contact button
/// counts, the organizer sees both profiles in full, and the person agrees on both channels.
/// </summary>
public sealed class OrganizerMergeTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    private void SeedPair(bool shared = true)
    {
        var kept = Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        bot.Store.Put(kept with { PhoneVerified = shared });
        Registering.Seed(bot, OnZalo, MemberStatus.Approved);
    }

    private IEnumerable<Button> Buttons(UserKey to) => bot.LastWithButtons(to)!.Buttons.SelectMany(r => r);

    [Fact]
    public void A_shared_contact_marks_the_phone_verified_and_a_typed_number_does_not()
    {
        Registering.ToStep(bot, People.Alice, "Phone");
        bot.Contact(People.Alice, "+84901234567", People.Alice.Id);
        bot.Press(People.Alice, $"reg:unit:{Registering.UnitCode}");
        bot.Text(People.Alice, Registering.Position);
        bot.Press(People.Alice, "reg:confirm");
        Registering.Complete(bot, People.Bob);

        Assert.True(bot.MemberOf(People.Alice)!.PhoneVerified);
        Assert.False(bot.MemberOf(People.Bob)!.PhoneVerified);

        bot.Command(People.Alice, "/hoso");
        bot.Press(People.Alice, "prof:field:Phone");
        bot.Text(People.Alice, "0912345678");
        Assert.False(bot.MemberOf(People.Alice)!.PhoneVerified);
    }

    [Fact]
    public void A_typed_number_on_both_sides_offers_no_merge_and_a_forged_merge_is_refused()
    {
        SeedPair(shared: false);

        bot.PressData(Organizer, $"mem:show:{OnZalo}");
        Assert.DoesNotContain(Buttons(Organizer), b => b.Data.StartsWith("mem:merge:", StringComparison.Ordinal));
        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");

        Assert.Equal(Texts.MergeNeedsSharedPhone.For(Lang.Vi).Value, bot.TextsTo(Organizer)[^1]);
        Assert.NotNull(bot.MemberOf(OnZalo));
        Assert.Empty(bot.Store.All<LinkCode>());
    }

    [Fact]
    public void A_shared_number_offers_the_merge_with_both_profiles_in_full()
    {
        SeedPair();

        bot.PressData(Organizer, $"mem:show:{OnZalo}");
        Assert.Contains(Buttons(Organizer), b => b.Data == $"mem:merge:{OnZalo}");
        bot.PressData(Organizer, $"mem:merge:{OnZalo}");

        var card = bot.LastWithButtons(Organizer)!;
        var choice = Assert.Single(card.Buttons.SelectMany(r => r));
        Assert.Equal($"mem:into:{OnZalo}|{OnTelegram}", choice.Data);
        var shared = Texts.PhoneShared.Plain(Lang.Vi);
        var typed = Texts.PhoneTyped.Plain(Lang.Vi);
        Assert.Contains($"0901 234 567 – {typed}", card.Text.Value, StringComparison.Ordinal);
        Assert.Contains($"0901 234 567 – {shared}", card.Text.Value, StringComparison.Ordinal);
        Assert.Contains("(Telegram)", card.Text.Value, StringComparison.Ordinal);
        Assert.Contains("(Zalo)", card.Text.Value, StringComparison.Ordinal);
        Assert.Contains(Registering.Position, card.Text.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_happens_only_after_the_person_agrees_on_both_channels()
    {
        SeedPair();
        var meeting = Meetings.Sample();
        bot.Store.Put(meeting);
        bot.Store.Put(Rsvp.Set(null, meeting.Id, OnZalo.ToString(), RsvpAnswer.Attending, null, null, bot.Now, OnZalo.ToString()));
        bot.Replies(Organizer);

        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");

        Assert.Equal([Texts.MergeAsked.For(Lang.Vi).Value], bot.TextsTo(Organizer));
        Assert.NotNull(bot.MemberOf(OnZalo));
        var join = Assert.Single(Buttons(OnZalo), b => b.Data.StartsWith("link:join:", StringComparison.Ordinal));
        Assert.Contains(Texts.LinkJoinQuestion.For(Lang.Vi, Registering.Name, Registering.UnitName).Value, bot.LastWithButtons(OnZalo)!.Text.Value, StringComparison.Ordinal);

        bot.PressData(OnZalo, join.Data);
        Assert.NotNull(bot.MemberOf(OnZalo));
        var confirm = Assert.Single(Buttons(OnTelegram), b => b.Data.StartsWith("link:ok:", StringComparison.Ordinal));

        bot.PressData(OnTelegram, confirm.Data);

        Assert.Null(bot.MemberOf(OnZalo));
        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Equal(RsvpAnswer.Attending, bot.Store.Find<Rsvp>(Rsvp.IdFor(meeting.Id, OnTelegram.ToString()))?.Answer);
        Assert.Contains(Texts.MergeDone.For(Lang.Vi, Registering.Name, "Zalo", Registering.Name).Value, bot.TextsTo(Organizer));
        Assert.Contains(bot.Audit, a => a.Action == "identity.merged" && a.By == Organizer && a.Subject == OnTelegram.ToString());
    }

    [Fact]
    public void The_person_can_refuse_and_the_organizer_is_told()
    {
        SeedPair();
        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");
        var stop = Assert.Single(Buttons(OnZalo), b => b.Data.StartsWith("link:stop:", StringComparison.Ordinal));
        bot.Replies(Organizer);

        bot.PressData(OnZalo, stop.Data);

        Assert.Equal([Texts.MergeRefusedByPerson.For(Lang.Vi, Registering.Name).Value], bot.TextsTo(Organizer));
        Assert.NotNull(bot.MemberOf(OnZalo));
        Assert.Empty(bot.Store.All<LinkCode>());
    }

    [Fact]
    public void A_profile_with_a_role_is_never_merged_into_another()
    {
        SeedPair();
        bot.Store.Put(new RoleGrant(OnZalo.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));

        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");

        Assert.Equal(Texts.MergeRoleHeld.For(Lang.Vi, Registering.Name, MemberTexts.RoleName(Lang.Vi, Role.Coordinator)).Value, bot.TextsTo(Organizer)[^1]);
        Assert.Empty(bot.Store.All<LinkCode>());
        Assert.NotNull(bot.MemberOf(OnZalo));
    }

    [Fact]
    public void Someone_else_pressing_the_proposals_button_merges_nothing()
    {
        SeedPair();
        Registering.Seed(bot, OtherZalo, MemberStatus.Approved, "Trần Văn Bình");
        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");
        var join = Assert.Single(Buttons(OnZalo), b => b.Data.StartsWith("link:join:", StringComparison.Ordinal));

        bot.PressData(OtherZalo, join.Data);
        bot.PressData(OnTelegram, join.Data.Replace("join", "ok", StringComparison.Ordinal));

        Assert.Empty(bot.Store.All<IdentityLink>());
        Assert.Equal(1, bot.Store.Find<LinkAttempts>(OtherZalo.ToString())?.Failures);
    }

    [Fact]
    public void A_non_organizer_cannot_merge_even_with_forged_button_data()
    {
        SeedPair();

        bot.PressData(OnZalo, $"mem:into:{OnZalo}|{OnTelegram}");
        bot.Send(OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{IdentityLinking.ByOrganizer}|{OnZalo}"));

        Assert.NotNull(bot.MemberOf(OnZalo));
        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
        Assert.Empty(bot.Store.All<LinkCode>());
    }
}
