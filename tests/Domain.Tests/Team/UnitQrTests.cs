using System.Text;
using Domain.Conversations;
using Domain.Members;
using Domain.Team;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Team;

/// <summary>/maqr: every unit's registration code as a QR picture, for organizers only.</summary>
public sealed class UnitQrTests
{
    private const string BotName = "mttq_q5_bot";

    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private static readonly UnitCatalog WithGuests = new(ConversationDriver.Units.All.Append(new Unit("BDV-QU", "Ban Dân vận Quận ủy", UnitGroup.Guest)));

    private readonly ConversationDriver bot = new(new BotSettings
    {
        Organizers = new HashSet<UserKey> { ConversationDriver.Organizer },
        Links = new ChannelLinks(BotName),
    });

    [Fact]
    public void Each_unit_gets_the_deep_link_that_starts_registration_with_it()
    {
        bot.Command(Organizer, "/maqr");

        var sheet = Assert.Single(bot.TeamFiles.Sheets);
        Assert.Equal(ConversationDriver.Units.All.Select(u => u.Code), sheet.Units.Select(u => u.Code));
        Assert.Equal(ConversationDriver.Units.All.Select(u => u.Name), sheet.Units.Select(u => u.UnitName));
        Assert.Equal(ConversationDriver.Units.All.Select(u => $"https://t.me/{BotName}?start={u.Code}"), sheet.Units.Select(u => u.Payload));
        Assert.All(sheet.Units, u => Assert.Equal($"/start {u.Code}", u.Typed));
        Assert.Equal(Texts.QrSheetNoteLink.For(Lang.Vi, "/start P01").ToPlain(), sheet.Note);
    }

    [Fact]
    public void The_organizer_gets_the_printable_sheet_and_one_zip_not_a_message_per_unit()
    {
        bot.Command(Organizer, "/maqr");

        var replies = bot.Replies(Organizer);
        var documents = replies.OfType<DocumentOut>().ToList();
        Assert.Equal(2, replies.Count);
        Assert.Equal(["ma-qr-dang-ky.docx", "ma-qr-dang-ky.zip"], documents.Select(d => d.FileName));
        Assert.Equal(Texts.QrSheetCaption.Vi(16, "P01"), documents[0].Caption?.Value);
        Assert.Equal(16, Encoding.UTF8.GetString(documents[1].Content).Split('\n').Length);
        var organization = bot.Settings.Organization;
        Assert.Equal(Texts.QrSheetTitle.For(Lang.Vi, organization.TeamName.Vi, organization.FullName.Vi).ToPlain(), bot.TeamFiles.Sheets[0].Title);
    }

    [Fact]
    public void One_unit_by_its_code_comes_as_a_photo_with_its_link()
    {
        bot.Command(Organizer, "/maqr p05");

        var photo = Assert.IsType<PhotoOut>(Assert.Single(bot.Replies(Organizer)));
        Assert.Equal("ma-qr-dang-ky-P05.png", photo.FileName);
        Assert.Equal($"https://t.me/{BotName}?start=P05", Encoding.UTF8.GetString(photo.Content));
        Assert.Equal(Texts.QrUnitCaption.Vi("Phường 5", "P05", $"https://t.me/{BotName}?start=P05"), photo.Caption?.Value);
    }

    [Theory]
    [InlineData("P99")]
    [InlineData("<b>x</b>")]
    [InlineData("P05 P06")]
    public void A_guessed_code_gets_one_sentence_and_no_picture(string code)
    {
        bot.Command(Organizer, $"/maqr {code}");

        Assert.Equal([Texts.QrUnknownUnit.Vi(code)], bot.Replies(Organizer).Texts());
    }

    [Fact]
    public void Without_the_telegram_name_each_code_holds_the_typed_command_and_the_organizer_is_told()
    {
        var console = new ConversationDriver();

        console.Command(Organizer, "/maqr");

        var replies = console.Replies(Organizer);
        Assert.Equal(Texts.QrWithoutTelegram.Vi("/start P01"), Assert.IsType<TextOut>(replies[0]).Text.Value);
        Assert.Equal(2, replies.OfType<DocumentOut>().Count());
        var sheet = Assert.Single(console.TeamFiles.Sheets);
        Assert.All(sheet.Units, u => Assert.Equal($"/start {u.Code}", u.Payload));
        Assert.Equal(Texts.QrSheetNoteTyped.For(Lang.Vi, "/start P01").ToPlain(), sheet.Note);
    }

    [Fact]
    public void Guest_units_get_no_team_registration_code()
    {
        var codes = RegistrationCodes.For(WithGuests, new ChannelLinks(BotName));

        Assert.DoesNotContain(codes, c => c.Code == "BDV-QU");
        Assert.Equal(16, codes.Count);
    }

    [Theory]
    [InlineData("not a name")]
    [InlineData("ab")]
    [InlineData("")]
    public void A_name_that_is_no_telegram_username_is_not_used_for_links(string name)
    {
        var links = new ChannelLinks();
        links.Learn(name);

        Assert.Null(links.TelegramStart("P05"));
    }

    [Fact]
    public void A_payload_telegram_would_not_pass_on_gets_no_link()
    {
        var links = new ChannelLinks(BotName);

        Assert.Null(links.TelegramStart("P 05"));
        Assert.Null(links.TelegramStart(new string('A', 65)));
        Assert.Equal($"https://t.me/{BotName}?start=BTGDN-TP", links.TelegramStart("BTGDN-TP"));
    }

    [Fact]
    public void A_plain_member_a_coordinator_and_a_stranger_get_no_qr_codes()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);
        bot.Store.Put(Registering.Seed(bot, Bob, MemberStatus.Approved, "Trần Văn Bình", "P07") with { Phone = "+84907654321" });
        bot.Store.Put(new RoleGrant(Bob.ToString(), Role.Coordinator, Organizer.ToString(), bot.Now));
        var stranger = new UserKey("tg", "999");

        foreach (var user in new[] { Alice, Bob, stranger })
        {
            bot.Command(user, "/maqr");
            bot.Command(user, "/maqr P05");

            var replies = bot.Replies(user);
            Assert.Equal([Texts.NotAllowed.Vi(), Texts.NotAllowed.Vi()], replies.Texts());
            Assert.DoesNotContain(replies, r => r is DocumentOut or PhotoOut);
        }

        Assert.Empty(bot.TeamFiles.Sheets);
    }
}
