using Bot.Storage;
using Bot.Tests.Support;
using Domain.Events;
using Domain.Guests;
using Domain.Text;
using FakeZalo;

namespace Bot.Tests.Zalo;

/// <summary>
/// The Zalo Bot Platform documents no file event: at the guest import step a Zalo organizer is
/// asked for pasted lines only, and anything that is not text gets the sentence saying so.
/// </summary>
public sealed class ZaloGuestImportTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private FakeZaloApi zalo = null!;

    public async Task InitializeAsync() => zalo = await FakeZaloApi.StartAsync();

    public async Task DisposeAsync()
    {
        await zalo.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_zalo_organizer_is_asked_to_paste_the_list_and_a_file_gets_that_advice()
    {
        var organizerUser = zalo.AddUser("Ban Tổ chức");
        await using var bot = await BotUnderTest.StartZaloAsync(zalo, folder.DatabasePath, organizer: organizerUser.Id);
        var start = DateTimeOffset.UtcNow.AddDays(3);
        bot.Service<EntityStore>().Put(new Meeting
        {
            Id = "hn-zalo",
            Title = "Hội nghị có khách mời",
            StartsAt = start,
            RsvpDeadline = start.AddDays(-1),
            Venue = new Venue("Hội trường", "118 Ngô Quyền, Phường 8, Quận 5", 10.7578, 106.6656),
        });
        var organizer = new ZaloChat(zalo, organizerUser);
        var askList = Texts.GuestAskList.For(Lang.Vi, GuestDesk.MaxImport).ToPlain();

        await organizer.Say("/khach", m => m.Text!.Contains(Texts.GuestImportButton.Plain(Lang.Vi), StringComparison.Ordinal));
        var asked = await organizer.Choose(Texts.GuestImportButton.Plain(Lang.Vi), m => m.Text!.StartsWith(askList, StringComparison.Ordinal));
        Assert.DoesNotContain("CSV UTF-8", asked.Text, StringComparison.Ordinal);

        organizerUser.SendUnsupported();
        await organizer.Next(m => m.Text == Texts.GuestFileNotOnChannel.For(Lang.Vi).ToPlain());
        await organizer.Say("Trần Văn Bảy,Công an Quận 5,Trưởng ban", m => m.Text!.Contains(Texts.GuestImported.For(Lang.Vi, 1).ToPlain(), StringComparison.Ordinal));

        Assert.Single(bot.Service<EntityStore>().All<Guest>());
    }
}
