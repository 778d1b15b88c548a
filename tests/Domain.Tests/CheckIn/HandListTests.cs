using Domain.CheckIn;
using Domain.Conversations;
using Domain.Events;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.CheckIn;

/// <summary>The hand check-in list after a press: who was just checked in stays on it marked ✓, and pressing them again changes nothing.</summary>
public sealed class HandListTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public HandListTests()
    {
        Put(bot);
        AddMember(bot, Alice, "Nguyễn Thị Hoa", "P01", "+84901000001");
        AddMember(bot, Bob, "Trần Văn Nam", "P01", "+84901000002");
        Answer(bot, Alice, RsvpAnswer.Attending);
        bot.Now = Start.AddMinutes(-30);
        bot.Command(Organizer, "/diemdanh");
        bot.Press(Organizer, Texts.CheckInHandButton.Plain(Lang.Vi));
        bot.Press(Organizer, Texts.CheckInGroupLabel.For(Lang.Vi, "Phường 1", 0, 2).ToPlain());
        _ = bot.TextsTo(Organizer);
    }

    private static string Checked(string name) => Texts.CheckInPresentLabel.For(Lang.Vi, name).ToPlain();

    private List<string> Shown() => bot.LastWithButtons(Organizer)!.Buttons.SelectMany(r => r).Select(b => b.Label).ToList();

    [Fact]
    public void Who_was_just_checked_in_is_listed_after_the_others_with_a_mark()
    {
        bot.Press(Organizer, "Nguyễn Thị Hoa");

        Assert.Equal(["Trần Văn Nam", Checked("Nguyễn Thị Hoa"), Texts.CheckInBackToUnits.Plain(Lang.Vi)], Shown());
        Assert.Equal([Texts.CheckInDone.Vi("Nguyễn Thị Hoa", Title), Texts.CheckInChoosePerson.Vi("Phường 1")], bot.TextsTo(Organizer));
    }

    [Fact]
    public void Pressing_a_marked_person_again_says_since_when_and_changes_nothing()
    {
        bot.Press(Organizer, "Nguyễn Thị Hoa");
        var first = Assert.Single(bot.Store.All<Attendance>());
        _ = bot.TextsTo(Organizer);
        bot.Now = bot.Now.AddMinutes(7);

        bot.Press(Organizer, Checked("Nguyễn Thị Hoa"));

        Assert.Equal(first, Assert.Single(bot.Store.All<Attendance>()));
        Assert.Equal(Texts.CheckInAlready.Vi("Nguyễn Thị Hoa", When(first.At)), bot.TextsTo(Organizer)[0]);
        Assert.Equal(["Trần Văn Nam", Checked("Nguyễn Thị Hoa"), Texts.CheckInBackToUnits.Plain(Lang.Vi)], Shown());
    }

    [Fact]
    public void When_everyone_is_checked_in_the_list_says_so_and_keeps_the_marks()
    {
        bot.Press(Organizer, "Nguyễn Thị Hoa");
        bot.Press(Organizer, "Trần Văn Nam");

        Assert.Equal([Checked("Nguyễn Thị Hoa"), Checked("Trần Văn Nam"), Texts.CheckInBackToUnits.Plain(Lang.Vi)], Shown());
        Assert.Equal(Texts.CheckInGroupDone.Vi("Phường 1"), bot.TextsTo(Organizer)[^1]);
    }

    [Fact]
    public void A_typed_choice_of_someone_already_checked_in_asks_nothing_and_changes_nothing()
    {
        bot.Press(Organizer, "Nguyễn Thị Hoa");
        var first = Assert.Single(bot.Store.All<Attendance>());
        _ = bot.TextsTo(Organizer);

        bot.Send(Organizer, new ButtonIn(new HandCheckInButton(HandCheckInButton.Person, Id, Alice.ToString()).Encode(), null, null));

        Assert.Equal(first, Assert.Single(bot.Store.All<Attendance>()));
        Assert.Equal(Texts.CheckInAlready.Vi("Nguyễn Thị Hoa", When(first.At)), bot.TextsTo(Organizer)[0]);
    }
}
