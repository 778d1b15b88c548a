using Domain.Conversations;
using Domain.Events;
using Domain.Guests;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Guests;

/// <summary>
/// A guest is addressed "Đồng chí" from the letter to the last confirmation, as the letter does;
/// a member answering the same meeting keeps "Anh/Chị". The letter names the guest's position and unit.
/// </summary>
public sealed class GuestWordingTests
{
    private const string Member = "Anh/Chị";

    private readonly ConversationDriver bot = Driver();

    public GuestWordingTests() => Put(bot);

    private List<string> Everything(UserKey user) =>
        bot.AllSentTo(user).OfType<TextOut>().Select(t => t.Text.Value + string.Concat(t.Buttons.SelectMany(r => r).Select(b => b.Label))).ToList();

    private string Consented()
    {
        var payload = Invite(bot);
        bot.Command(Visitor, $"/start {payload}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));
        return payload;
    }

    private void Answer(string action) => bot.PressData(Visitor, new GuestButton(action, Assert.Single(bot.Store.All<Guest>()).Id).Encode());

    [Fact]
    public void Every_answer_and_change_of_a_guest_says_Dong_chi_and_never_Anh_Chi()
    {
        var payload = Consented();
        Answer(GuestButton.Attend);
        Assert.Equal(Texts.GuestRsvpAttending.Vi(Title), bot.TextsTo(Visitor)[^1]);

        Answer(GuestButton.Decline);
        Assert.Equal(Texts.GuestAskReason.Vi(), bot.TextsTo(Visitor)[^1]);
        bot.Sticker(Visitor);
        Assert.Equal(Texts.GuestTextExpected.Vi(), bot.TextsTo(Visitor)[^1]);
        bot.Text(Visitor, "Trùng lịch công tác");
        Assert.Equal(Texts.GuestRsvpDeclined.Vi(Title), bot.TextsTo(Visitor)[^1]);

        Answer(GuestButton.Send);
        bot.Text(Visitor, "Lê Thị Bình");
        bot.Text(Visitor, "Chuyên viên");
        bot.Press(Visitor, Texts.Skip.Plain(Lang.Vi));
        Assert.Equal(Texts.GuestRsvpDelegated.Vi(Title, "Lê Thị Bình"), bot.TextsTo(Visitor)[^1]);

        // Reopening the letter to change the answer, after the deadline.
        bot.Command(Visitor, $"/start {payload}");
        Assert.Equal(Texts.GuestAskAnswer.Vi(Texts.AnswerDelegated.Vi("Lê Thị Bình")), bot.TextsTo(Visitor)[^1]);
        bot.Now = Deadline.AddMinutes(1);
        Answer(GuestButton.Attend);
        Assert.Equal(Texts.GuestRsvpClosed.Vi(When(Deadline)), bot.TextsTo(Visitor)[^1]);

        Assert.All(Everything(Visitor), t => Assert.DoesNotContain(Member, t, StringComparison.Ordinal));
        Assert.Contains(Everything(Visitor), t => t.Contains("Đồng chí", StringComparison.Ordinal));
    }

    [Fact]
    public void A_used_and_a_guessed_link_say_Dong_chi()
    {
        var payload = Invite(bot);
        bot.Command(Visitor, $"/start {payload}");
        bot.Press(Visitor, Texts.GuestConsentYes.Plain(Lang.Vi));

        bot.Command(Stranger, $"/start {payload}");
        bot.Command(Stranger, "/start g_AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal([Texts.GuestLinkUsed.Vi(), Texts.GuestLinkInvalid.Vi()], bot.TextsTo(Stranger));
        Assert.All(Everything(Stranger), t => Assert.DoesNotContain(Member, t, StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_answering_the_same_meeting_keeps_Anh_Chi()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.PressData(Alice, new RsvpButton.Answer(Id, RsvpChoice.Attend).Encode());

        Assert.Equal([Texts.RsvpAttending.Vi(Title)], bot.TextsTo(Alice));
        Assert.Contains(Member, Texts.RsvpAttending.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_letter_names_the_guests_position_and_unit()
    {
        bot.Command(Visitor, $"/start {Invite(bot)}");

        var letter = bot.TextsTo(Visitor)[0];
        Assert.Contains(Texts.FormalInviteNamed.Vi("Nguyễn Văn An", " – Phó Trưởng ban, Ban Dân vận Quận ủy", Title), letter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Phó Trưởng ban", "Ban Dân vận Quận ủy", " – Phó Trưởng ban, Ban Dân vận Quận ủy")]
    [InlineData("Phó Trưởng ban", "", " – Phó Trưởng ban")]
    [InlineData("", "Ban Dân vận Quận ủy", " – Ban Dân vận Quận ủy")]
    [InlineData(" ", null, "")]
    public void The_particulars_leave_out_what_is_unknown_with_no_empty_separator(string? position, string? unit, string expected)
    {
        Assert.Equal(expected, FormalInvitation.Particulars(new InvitedPerson("Nguyễn Văn An", position, unit)));
    }

    [Fact]
    public void A_letter_without_position_or_unit_has_no_dangling_dash()
    {
        var letter = FormalInvitation.Letter(Sample(), bot.Settings, Lang.Vi, new InvitedPerson("Nguyễn Văn An")).Value;

        Assert.Contains(Texts.FormalInviteNamed.Vi("Nguyễn Văn An", string.Empty, Title), letter, StringComparison.Ordinal);
        Assert.DoesNotContain("– ,", letter, StringComparison.Ordinal);
    }
}
