using Domain.Events;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Guests;

/// <summary>The plan's formal particulars: edited in /sukien, carried by the notice; a copy keeps the signer and place, not the old plan's number and date.</summary>
public sealed class FormalInvitationTests
{
    private readonly ConversationDriver bot = Driver();

    public FormalInvitationTests() => Put(bot, Sample() with { EndsAt = Start.AddHours(3) });

    private Meeting Stored(string id = Id) => bot.Store.Find<Meeting>(id)!;

    private void Edit(MeetingEditor.State field, string text)
    {
        bot.PressData(ConversationDriver.Organizer, new MeetingEditButton.Edit(field, Id).Encode());
        bot.Text(ConversationDriver.Organizer, text);
    }

    [Fact]
    public void An_organizer_sets_the_plan_number_the_signer_and_the_place_and_date_of_issue()
    {
        Edit(IssuingInput.Plan, "27/KH-MTTQ-BTT");
        Edit(IssuingInput.Signer, "TM. BAN THƯỜNG TRỰC; PHÓ CHỦ TỊCH | Trần Nam Đức");
        Edit(IssuingInput.Issued, "Quận 5 | 21/4/2027");

        Assert.Equal(
            new IssuingDetails { PlanNumber = "27/KH-MTTQ-BTT", SignerTitle = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH", SignerName = "Trần Nam Đức", Place = "Quận 5", IssuedOn = new DateOnly(2027, 4, 21) },
            Stored().Issuing);
    }

    [Fact]
    public void A_signer_without_a_name_is_refused_and_nothing_changes()
    {
        Edit(IssuingInput.Signer, "PHÓ CHỦ TỊCH");

        Assert.Null(Stored().Issuing);
        Assert.Equal(Texts.ValueInvalid.Vi(When(Start)), bot.TextsTo(ConversationDriver.Organizer)[^1]);
    }

    [Fact]
    public void The_notice_carries_the_letterhead_the_closing_and_the_signature()
    {
        Edit(IssuingInput.Plan, "27/KH-MTTQ-BTT");
        Edit(IssuingInput.Signer, "PHÓ CHỦ TỊCH | Trần Nam Đức");
        Edit(IssuingInput.Issued, "Quận 5 | 21/4/2027");

        bot.Command(People.Alice, "/hoinghi");

        var notice = bot.TextsTo(People.Alice)[^1];
        Assert.Contains(Texts.FormalPlanNumber.Vi("27/KH-MTTQ-BTT"), notice, StringComparison.Ordinal);
        Assert.Contains(Texts.FormalIssued.Vi("Quận 5", 21, 4, 2027), notice, StringComparison.Ordinal);
        Assert.EndsWith(Texts.FormalClosing.Vi() + "\n\n" + Texts.FormalSignature.Vi("PHÓ CHỦ TỊCH", "Trần Nam Đức"), notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_leaves_the_old_plans_number_and_date_out_of_its_letters_and_says_so()
    {
        Edit(IssuingInput.Plan, "27/KH-MTTQ-BTT");
        Edit(IssuingInput.Signer, "PHÓ CHỦ TỊCH | Trần Nam Đức");
        Edit(IssuingInput.Issued, "Quận 5 | 21/4/2027");
        _ = bot.TextsTo(ConversationDriver.Organizer);

        bot.PressData(ConversationDriver.Organizer, new MeetingEditButton.Copy(Id).Encode());
        bot.Text(ConversationDriver.Organizer, "08g00 27/4/2028");

        var copy = bot.Store.All<Meeting>().Single(m => m.Id != Id);
        Assert.Equal(new IssuingDetails { Place = "Quận 5", SignerTitle = "PHÓ CHỦ TỊCH", SignerName = "Trần Nam Đức" }, copy.Issuing);
        var card = bot.TextsTo(ConversationDriver.Organizer)[^1];
        Assert.Contains(Texts.ReviewPlanNumber.Vi(), card, StringComparison.Ordinal);
        Assert.Contains(Texts.ReviewIssued.Vi(), card, StringComparison.Ordinal);
        var letter = FormalInvitation.Letter(copy, bot.Settings, Lang.Vi).Value;
        Assert.DoesNotContain("27/KH-MTTQ-BTT", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("2027", letter, StringComparison.Ordinal);
        Assert.Equal("27/KH-MTTQ-BTT", Stored().Issuing!.PlanNumber);
    }

    [Fact]
    public void A_copy_to_a_new_date_keeps_the_length_of_the_meeting()
    {
        var copy = Stored().MovedTo(Start.AddDays(7));

        Assert.Equal(Start.AddDays(7).AddHours(3), copy.Ends);
        Assert.Equal(Start.AddHours(4), (Stored() with { EndsAt = null }).Ends);
    }
}
