using Domain.Conversations;
using Domain.Guests;
using Domain.Tests.Support;
using Domain.Text;
using static Domain.Tests.Support.Meetings;

namespace Domain.Tests.Text;

/// <summary>Sizes read the way people write them: thousands dot and decimal comma in Vietnamese, "1 MB" not "1024 KB".</summary>
public sealed class FileSizeTests
{
    [Theory]
    [InlineData(0, "0 byte")]
    [InlineData(512, "512 byte")]
    [InlineData(1000, "1.000 byte")]
    [InlineData(1024, "1 KB")]
    [InlineData(4670, "4,6 KB")]
    [InlineData(15102, "14,7 KB")]
    [InlineData(311748, "304,4 KB")]
    [InlineData(Attachment.MaxBytes, "1 MB")]
    [InlineData(5_347_738, "5,1 MB")]
    [InlineData(2_000_000_000, "1.907,3 MB")]
    public void Vietnamese(long bytes, string expected) => Assert.Equal(expected, FileSize.Format(bytes, Lang.Vi));

    [Theory]
    [InlineData(512, "512 bytes")]
    [InlineData(4670, "4.6 KB")]
    [InlineData(Attachment.MaxBytes, "1 MB")]
    public void English(long bytes, string expected) => Assert.Equal(expected, FileSize.Format(bytes, Lang.En));

    [Fact]
    public void A_negative_size_is_a_bug() => Assert.Throws<ArgumentOutOfRangeException>(() => FileSize.Format(-1, Lang.Vi));

    [Fact]
    public void The_guest_list_import_prompt_says_1_MB()
    {
        var bot = Driver();
        Put(bot);

        bot.Command(ConversationDriver.Organizer, "/khach");
        bot.PressData(ConversationDriver.Organizer, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());

        var prompt = bot.TextsTo(ConversationDriver.Organizer)[^1];
        Assert.Contains(Texts.GuestAskListOrFile.Vi("1 MB"), prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("1024", prompt, StringComparison.Ordinal);
    }
}
