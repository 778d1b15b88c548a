using System.Text;
using Domain.Conversations;
using Domain.Guests;
using Domain.Members;
using Domain.Tests.Support;
using Domain.Text;
using Domain.Users;
using static Domain.Tests.Guests.GuestJourney;
using static Domain.Tests.Support.Meetings;
using static Domain.Tests.Support.People;

namespace Domain.Tests.Guests;

/// <summary>An organizer imports the guest list as a CSV file: read as UTF-8, bad lines named, repeats skipped.</summary>
public sealed class GuestFileImportTests
{
    private static readonly UserKey Organizer = ConversationDriver.Organizer;

    private readonly ConversationDriver bot = Driver();

    public GuestFileImportTests() => Put(bot, Sample());

    private static MediaIn Csv(string text, bool bom = true, string name = "khach.csv")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MediaIn(MediaKind.Document, "file-1", name, null) { Content = Attachment.Of(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes) };
    }

    private void OpenImport(UserKey who)
    {
        bot.Command(who, "/khach");
        bot.PressData(who, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
    }

    private string LastText() => bot.TextsTo(Organizer)[^1];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_csv_file_with_or_without_bom_makes_the_invitations_and_comes_back_as_links(bool bom)
    {
        OpenImport(Organizer);

        bot.Send(Organizer, Csv("Họ và tên,Đơn vị,Chức vụ,Số điện thoại\r\n\"Trần Văn Bảy\",\"Công an Quận 5, Đội 2\",Trưởng ban,0909123456\r\nLê Thị Tám;Trường Cao đẳng;Phó Hiệu trưởng;\r\n", bom));

        var rows = Assert.Single(bot.GuestFiles.Links);
        Assert.Equal(["Trần Văn Bảy", "Lê Thị Tám"], rows.Select(r => r.FullName));
        Assert.Equal("Công an Quận 5, Đội 2", rows[0].Unit);
        // The links file gives the number as officials write it.
        Assert.Equal("0909 123 456", rows[0].Phone);
        var document = Assert.IsType<DocumentOut>(bot.Replies(Organizer)[^1]);
        Assert.Equal(Texts.GuestImported.Vi(2), document.Caption!.Value.Value);
        Assert.Null(bot.SessionOf(Organizer)?.Flow);
    }

    [Fact]
    public void Bad_lines_are_named_by_their_line_number_in_the_file()
    {
        OpenImport(Organizer);

        bot.Send(Organizer, Csv("Họ và tên,Đơn vị,Chức vụ\nTrần Văn Bảy,Công an Quận 5,Trưởng ban\n\nx,y,z\nLê Thị Tám,Trường Cao đẳng,Phó Hiệu trưởng,12\n"));

        Assert.Single(bot.GuestFiles.Links[0]);
        var document = Assert.IsType<DocumentOut>(bot.Replies(Organizer)[^1]);
        Assert.Equal(Texts.GuestImportedSkipped.Vi(1, "4, 5"), document.Caption!.Value.Value);
    }

    [Fact]
    public void A_list_kept_with_row_numbers_and_a_decomposed_heading_is_read()
    {
        OpenImport(Organizer);

        bot.Send(Organizer, Csv("STT;Họ và tên;Đơn vị;Chức vụ;Số điện thoại\n1;Trần Văn Bảy;Công an Quận 5;Trưởng ban;0909123456\n2;Lê Thị Tám;Trường Cao đẳng;Phó Hiệu trưởng;\n".Normalize(System.Text.NormalizationForm.FormD)));

        Assert.Equal(["Trần Văn Bảy", "Lê Thị Tám"], Assert.Single(bot.GuestFiles.Links).Select(r => r.FullName));
        Assert.Equal(Texts.GuestImported.Vi(2), Assert.IsType<DocumentOut>(bot.Replies(Organizer)[^1]).Caption!.Value.Value);
    }

    [Fact]
    public void A_file_in_a_windows_code_page_is_refused_naming_its_lines_and_makes_nothing()
    {
        OpenImport(Organizer);
        var latin = Encoding.Latin1.GetBytes("Ho va ten,Don vi,Chuc vu\nTr\u00e2n V\u0103n,Cong an,Truong ban\nAn,B\u00e9,C\n");

        bot.Send(Organizer, new MediaIn(MediaKind.Document, "f", "khach.csv", null) { Content = Attachment.Of(latin) });

        Assert.Equal(Texts.GuestFileNotUtf8.Vi("2, 3"), LastText());
        Assert.Empty(bot.Store.All<Guest>());
        Assert.Equal(GuestDesk.FlowName, bot.SessionOf(Organizer)?.Flow);
    }

    [Fact]
    public void A_utf16_file_is_refused_at_its_first_line()
    {
        OpenImport(Organizer);

        bot.Send(Organizer, new MediaIn(MediaKind.Document, "f", "khach.csv", null) { Content = Attachment.Of([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("An,B,C")]) });

        Assert.Equal(Texts.GuestFileNotUtf8.Vi("1"), LastText());
    }

    [Fact]
    public void A_guest_already_invited_or_repeated_in_the_file_is_not_made_again()
    {
        Invite(bot);
        OpenImport(Organizer);

        bot.Send(Organizer, Csv("Nguyễn Văn An,Ban Dân vận Quận ủy,Phó Trưởng ban\nTrần Văn Bảy,Công an Quận 5,Trưởng ban\ntrần  văn bảy,CÔNG AN QUẬN 5,Trưởng ban\n"));

        Assert.Equal(2, bot.Store.All<Guest>().Count);
        var document = Assert.IsType<DocumentOut>(bot.Replies(Organizer)[^1]);
        Assert.Equal($"{Texts.GuestImported.Vi(1)}\n{Texts.GuestImportDuplicates.Vi("1, 3")}", document.Caption!.Value.Value);
    }

    [Fact]
    public void Sending_the_same_file_twice_makes_each_guest_once()
    {
        OpenImport(Organizer);
        bot.Send(Organizer, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban\n"));
        OpenImport(Organizer);

        bot.Send(Organizer, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban\n"));

        Assert.Single(bot.Store.All<Guest>());
        Assert.Equal($"{Texts.GuestImported.Vi(0)}\n{Texts.GuestImportDuplicates.Vi("1")}", LastText());
    }

    [Fact]
    public void A_file_that_is_not_csv_too_large_or_unreachable_gets_its_sentence_and_the_step_waits()
    {
        OpenImport(Organizer);

        bot.Send(Organizer, new MediaIn(MediaKind.Document, "f", "khach.xlsx", null));
        Assert.Equal(Texts.GuestFileNotCsv.Vi(), LastText());
        bot.Send(Organizer, new MediaIn(MediaKind.Document, "f", "khach.csv", null) { Content = Attachment.TooLarge });
        Assert.Equal(Texts.GuestFileTooLarge.Vi("1 MB"), LastText());
        bot.Send(Organizer, new MediaIn(MediaKind.Document, "f", "khach.csv", null) { Content = Attachment.Unavailable });
        Assert.Equal(Texts.GuestFileUnavailable.Vi(), LastText());

        Assert.Empty(bot.Store.All<Guest>());
        bot.Send(Organizer, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban"));
        Assert.Single(bot.Store.All<Guest>());
    }

    [Fact]
    public void More_bytes_than_the_limit_are_too_large()
    {
        Assert.Equal(AttachmentProblem.TooLarge, Attachment.Of(new byte[Attachment.MaxBytes + 1]).Problem);
        Assert.Equal(AttachmentProblem.None, Attachment.Of(new byte[Attachment.MaxBytes]).Problem);
    }

    [Theory]
    [InlineData("khach.csv", "text/csv", true)]
    [InlineData("KHACH.CSV", "application/vnd.ms-excel", true)]
    [InlineData("khach.txt", null, true)]
    [InlineData("khach.csv", "application/pdf", false)]
    [InlineData("khach.xlsx", "text/csv", false)]
    [InlineData(null, "text/csv", false)]
    public void Only_a_csv_or_text_file_of_a_text_type_is_fetched(string? name, string? mime, bool fetched) =>
        Assert.Equal(fetched, Attachment.IsTextTable(name, mime));

    [Fact]
    public void A_plain_member_or_a_stranger_sending_a_file_makes_nothing()
    {
        Registering.Seed(bot, Alice, MemberStatus.Approved);

        bot.Send(Alice, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban"));
        bot.PressData(Alice, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
        bot.Send(Alice, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban"));
        bot.Send(Stranger, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban"));

        Assert.Empty(bot.Store.All<Guest>());
        Assert.Contains(Texts.NotAllowed.Vi(), bot.TextsTo(Alice));
        Assert.Empty(bot.GuestFiles.Links);
    }

    [Fact]
    public void A_file_outside_the_import_step_imports_nothing()
    {
        bot.Send(Organizer, Csv("Trần Văn Bảy,Công an Quận 5,Trưởng ban"));

        Assert.Empty(bot.Store.All<Guest>());
        Assert.Equal(Texts.OnlyText.Vi(), LastText());
    }

    [Fact]
    public void On_zalo_the_import_step_asks_for_pasted_lines_and_a_file_event_gets_the_same_advice()
    {
        var zalo = new UserKey("zalo", "org-1");
        var local = new ConversationDriver(Meetings.Settings(zalo));
        Put(local, Sample());
        local.Command(zalo, "/khach");
        local.PressData(zalo, new GuestDeskButton(GuestDeskButton.Import, Id).Encode());
        Assert.Equal(Texts.GuestAskList.Vi(GuestDesk.MaxImport), local.TextsTo(zalo)[^1]);

        local.Send(zalo, new UnsupportedIn("message.file.received"));

        Assert.Equal(Texts.GuestFileNotOnChannel.Vi(), local.TextsTo(zalo)[^1]);
        local.Text(zalo, "Trần Văn Bảy,Công an Quận 5,Trưởng ban");
        Assert.Single(local.Store.All<Guest>());
    }
}
