using Bot.Delivery;
using Bot.Telegram;
using Bot.Tests.Support;
using Domain.Conversations;
using Domain.Users;
using FakeTelegram;
using SkiaSharp;

namespace Bot.Tests.Telegram;

/// <summary>
/// Telegram refuses a photo whose width and height add up to more than 10,000 pixels (the reports'
/// chart of 200 units is 1,000 × 10,720): such a picture goes as a document, a normal one as a photo.
/// </summary>
public sealed class TallPictureTests : OverFakeTelegram
{
    private const long Organizer = 9001;

    [Theory]
    [InlineData(1000, 1776, "sendPhoto")]
    [InlineData(1000, 9000, "sendPhoto")]
    [InlineData(1000, 10720, "sendDocument")]
    [InlineData(200, 4100, "sendDocument")]
    public async Task A_picture_goes_as_a_photo_only_when_telegram_takes_it_as_one(int width, int height, string method)
    {
        await using var bot = await BotUnderTest.StartAsync(Fake, Folder.DatabasePath);
        var chat = new Chat(Fake, Organizer);
        var png = Png(width, height);
        var sender = bot.Service<IEnumerable<IChannelSender>>().OfType<TelegramSender>().Single();

        var result = await sender.SendAsync(UserKey.Parse($"telegram:{Organizer}"), new PhotoOut(png, "bieu-do.png"), bulk: false, CancellationToken.None);

        Assert.IsType<Delivered>(result);
        var sent = Assert.Single(chat.Received);
        Assert.Equal((method, "bieu-do.png"), (sent.Method, sent.DocumentFileName));
        Assert.Equal(png, sent.DocumentContent);
    }

    [Fact]
    public void The_rule_reads_the_size_from_the_png_header()
    {
        Assert.False(PhotoDimensions.FitAsPhoto(Png(1000, 10720)));
        Assert.False(PhotoDimensions.FitAsPhoto(Png(100, 2001)));
        Assert.True(PhotoDimensions.FitAsPhoto(Png(100, 2000)));
        Assert.True(PhotoDimensions.FitAsPhoto("not a png"u8));
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
