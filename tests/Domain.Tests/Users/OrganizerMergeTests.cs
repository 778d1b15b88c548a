using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Users;

/// <summary>
/// /thanhvien: an organizer merges two profiles of one person (registered on Telegram and on Zalo
/// with the same phone number), without asking the person for a code.
/// </summary>
public sealed class OrganizerMergeTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Meetings.Driver();

    [Fact]
    public void A_member_card_offers_a_merge_only_when_another_profile_has_the_same_phone()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        bot.PressData(Organizer, $"mem:show:{OnTelegram}");
        Assert.DoesNotContain(bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r), b => b.Data.StartsWith("mem:merge:", StringComparison.Ordinal));

        Registering.Seed(bot, OnZalo, MemberStatus.Approved);
        bot.PressData(Organizer, $"mem:show:{OnZalo}");
        Assert.Contains(bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r), b => b.Data == $"mem:merge:{OnZalo}");

        bot.PressData(Organizer, $"mem:merge:{OnZalo}");
        var choice = Assert.Single(bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r));
        Assert.Equal($"mem:into:{OnZalo}|{OnTelegram}", choice.Data);
        Assert.Equal($"{Registering.Name} – Telegram, {Registering.UnitName}", choice.Label);
    }

    [Fact]
    public void Merging_keeps_the_chosen_profile_moves_the_answer_and_tells_both()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved);
        var meeting = Meetings.Sample();
        bot.Store.Put(meeting);
        bot.Store.Put(Rsvp.Set(null, meeting.Id, OnZalo.ToString(), RsvpAnswer.Attending, null, null, bot.Now, OnZalo.ToString()));
        bot.Replies(Organizer);

        bot.PressData(Organizer, $"mem:into:{OnZalo}|{OnTelegram}");

        Assert.Null(bot.MemberOf(OnZalo));
        Assert.NotNull(bot.MemberOf(OnTelegram));
        Assert.Equal(OnTelegram.ToString(), bot.Store.Find<IdentityLink>(OnZalo.ToString())?.Person);
        Assert.Equal(RsvpAnswer.Attending, bot.Store.Find<Rsvp>(Rsvp.IdFor(meeting.Id, OnTelegram.ToString()))?.Answer);
        Assert.Contains(Texts.MergeDone.For(Lang.Vi, Registering.Name, "Zalo", Registering.Name).Value, bot.TextsTo(Organizer));
        Assert.Contains(bot.Audit, a => a.Action == "identity.merged" && a.By == Organizer && a.Subject == OnTelegram.ToString());
        Assert.Single(bot.TextsTo(OnZalo), t => t.StartsWith('✓'));
    }

    [Fact]
    public void A_non_organizer_cannot_merge_even_with_forged_button_data()
    {
        Registering.Seed(bot, OnTelegram, MemberStatus.Approved);
        Registering.Seed(bot, OnZalo, MemberStatus.Approved);

        bot.PressData(OnZalo, $"mem:into:{OnZalo}|{OnTelegram}");
        bot.Send(OnTelegram, new SignalIn(IdentityLinking.SignalName, OnZalo, $"{IdentityLinking.ByOrganizer}|{OnZalo}"));

        Assert.NotNull(bot.MemberOf(OnZalo));
        Assert.Null(bot.Store.Find<IdentityLink>(OnZalo.ToString()));
    }
}
