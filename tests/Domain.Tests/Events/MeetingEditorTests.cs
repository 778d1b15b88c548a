using Domain.Conversations;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Events;

/// <summary>/sukien: only organizers list the meetings and open a meeting's card; forged or unknown buttons change nothing.</summary>
public sealed class MeetingEditorTests
{
    private const string OldId = MeetingEditing.OldId;

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot;
    private readonly Meeting old;

    public MeetingEditorTests()
    {
        (bot, old) = MeetingEditing.Start();
    }

    [Fact]
    public void Sukien_by_a_member_is_not_allowed()
    {
        bot.Command(Alice, "/sukien");

        Assert.Equal([Texts.NotAllowed.Vi()], bot.TextsTo(Alice));
    }

    [Theory]
    [InlineData($"mtg:pick:{OldId}")]
    [InlineData($"mtg:copy:{OldId}")]
    [InlineData($"mtg:edit:Title:{OldId}")]
    [InlineData($"mtg:edit:Deadline:{OldId}")]
    public void A_forged_editor_button_from_a_member_is_not_allowed_and_changes_nothing(string data)
    {
        bot.PressData(Alice, data);
        bot.Text(Alice, "08g00 27/4/2027");

        Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotUnderstood.Vi()], bot.TextsTo(Alice));
        Assert.Null(bot.SessionOf(Alice)!.Flow);
        Assert.Equal([old], bot.Store.All<Meeting>());
        Assert.Empty(bot.Audit);
    }

    [Fact]
    public void Sukien_lists_the_meetings_newest_first()
    {
        Put(bot);

        bot.Command(Organizer, "/sukien");

        var list = bot.LastWithButtons(Organizer)!;
        Assert.Equal(Texts.MeetingsList.Vi(), list.Text.Value);
        Assert.Equal(
            [
                new Button($"08g00 ngày 27/4/2027 (thứ Ba) – {Title}", $"mtg:pick:{Id}"),
                new Button($"08g00 ngày 27/4/2023 (thứ Năm) – {Title}", $"mtg:pick:{OldId}"),
            ],
            list.AllButtons());
    }

    [Fact]
    public void A_picked_meeting_shows_its_card_with_copy_and_every_item_to_change()
    {
        bot.Command(Organizer, "/sukien");

        bot.Press(Organizer, $"mtg:pick:{OldId}");

        var card = bot.LastWithButtons(Organizer)!;
        Assert.Equal(
            Texts.MeetingCard.Vi(Title, Title, "08g00 ngày 27/4/2023 (thứ Năm)", Hall.Place, "17g00 ngày 25/4/2023 (thứ Ba)", "120", 4),
            card.Text.Value);
        Assert.Equal(
            [
                $"mtg:copy:{OldId}", $"mtg:edit:Title:{OldId}", $"mtg:edit:Short:{OldId}", $"mtg:edit:Time:{OldId}", $"mtg:edit:Venue:{OldId}",
                $"mtg:edit:Deadline:{OldId}", $"mtg:edit:Programme:{OldId}", $"mtg:edit:Expected:{OldId}",
                $"mtg:edit:Plan:{OldId}", $"mtg:edit:Signer:{OldId}", $"mtg:edit:Issued:{OldId}", $"khach:pick:{OldId}", $"rpa:m:{OldId}",
            ],
            card.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public void An_edit_button_for_an_unknown_item_is_no_longer_valid()
    {
        Put(bot);

        bot.PressData(Organizer, $"mtg:edit:Id:{Id}");

        Assert.Equal([Texts.ButtonExpired.Vi()], bot.TextsTo(Organizer));
        Assert.Null(bot.SessionOf(Organizer)!.Flow);
    }
}
