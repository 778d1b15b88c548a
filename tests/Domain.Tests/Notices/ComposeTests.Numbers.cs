using System.Globalization;
using Domain.Conversations;
using Domain.Notices;
using Domain.Tests.Support;
using static Domain.Tests.Support.Broadcasts;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Notices;

public sealed partial class ComposeTests
{
    [Fact]
    public void On_a_channel_without_buttons_the_preview_numbers_follow_the_members_buttons_and_the_send_number_sends()
    {
        bot.Screens.Add(Boss);
        ToPreview(bot, Boss, meetingId: Id);
        var printed = bot.Turns[^1].Changes.Deliveries.Where(d => d.To == Boss).Select(d => d.Message)
            .OfType<TextOut>().SelectMany(t => t.AllButtons()).ToList();
        var send = printed.FindIndex(b => b.Data == "bc:send") + 1;
        Assert.True(send > 2, "the member's answer buttons come first in the preview");
        Assert.Equal(printed.Select(b => b.Data), bot.Store.Find<ShownChoices>(Boss.ToString())!.Items.Select(i => i.Choice.ButtonData));

        bot.Text(Boss, send.ToString(CultureInfo.InvariantCulture));

        Assert.Single(bot.Turns[^1].Changes.Upserts.OfType<Notice>());
    }
}
