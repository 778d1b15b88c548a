using System.Text.Json;
using Domain.Conversations;
using Domain.Discussion;
using Domain.Events;
using Domain.Members;
using Domain.Tests.Discussion;
using Domain.Tests.Support;
using Domain.Users;
using static Domain.Tests.Support.Linking;

namespace Domain.Tests.Members;

/// <summary>
/// /xoadulieu reaches every record that holds the person: after it, no record of any kind holds
/// their name, phone or any of their channel ids, and the shell is told what to scrub elsewhere.
/// </summary>
public sealed class ErasureReachTests
{
    private const string Name = "Hoàng Thị Xóa Sạch";
    private const string Delegate = "Đinh Văn Đại Diện";

    [Fact]
    public void After_erasure_no_record_holds_the_persons_name_phone_or_ids()
    {
        var bot = Commenting.Driver();
        Meetings.AddMember(bot, People.Bob, "Trần Văn Bình", "P07", "+84987654321");
        Registering.Complete(bot, OnTelegram, Name);
        bot.PressData(ConversationDriver.Organizer, bot.LastWithButtons(ConversationDriver.Organizer)!.Buttons[0][0].Data);
        bot.Store.Put(new RoleGrant(OnTelegram.ToString(), Role.Coordinator, ConversationDriver.Organizer.ToString(), bot.Now));
        Link(bot, OnTelegram, OnZalo);
        Type(bot, OtherZalo, "000000");
        IssueCode(bot, OnTelegram);

        bot.PressData(OnZalo, $"rsvp:sub:{Commenting.Meeting.Id}");
        bot.Text(OnZalo, Delegate);
        bot.Text(OnZalo, "Phó ban");
        bot.Text(OnZalo, "0912345678");
        bot.PressData(OnTelegram, $"dlg:start:{Commenting.Meeting.Id}");
        bot.Text(OnTelegram, "2");
        bot.Text(OnTelegram, $"{Delegate}\nLý Văn Hai");
        Commenting.Submit(bot, OnTelegram, "Ý kiến riêng của người sẽ xóa dữ liệu.");
        Broadcasts.Send(bot, ConversationDriver.Organizer);
        Assert.Contains(OnTelegram.ToString(), bot.Store.All<Domain.Notices.Notice>().Single().Recipients);

        bot.Command(OnZalo, "/xoadulieu");
        bot.Press(OnZalo, "erase:yes");

        var trace = Assert.Single(bot.Turns[^1].Changes.Erasures);
        Assert.Equal([OnTelegram.ToString(), OnZalo.ToString()], trace.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(Name, trace.Texts);
        Assert.Contains(Registering.NormalizedPhone, trace.Texts);
        string[] needles = [Name, Registering.NormalizedPhone, "901234567", OnTelegram.Id, OnZalo.Id, Delegate, "Ý kiến riêng"];
        foreach (var record in ErasureReach.AllRecords(bot.Store))
        {
            var json = JsonSerializer.Serialize(record, record.GetType());
            Assert.All(needles, n => Assert.DoesNotContain(n, json, StringComparison.Ordinal));
        }

        Assert.Equal(2, bot.Store.Find<UnitDelegation>(UnitDelegation.IdFor(Commenting.Meeting.Id, Registering.UnitCode))?.Count);
        Assert.NotNull(bot.MemberOf(People.Bob));
    }
}
