using Domain.Events;
using Domain.Notices;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The meeting board, report and notice-stop buttons: the wire form old messages carry, and back.</summary>
public sealed class MeetingButtonTests
{
    public static IEnumerable<ButtonSample> Samples(string meetingId, string noticeId) =>
    [
        Of<MeetingBoardButton>(new MeetingBoardButton.Show(meetingId), $"ev:show:{meetingId}"),
        Of<MeetingBoardButton>(new MeetingBoardButton.Calendar(meetingId), $"ev:ics:{meetingId}"),
        Of(new ReportButton(ReportKind.Stats, meetingId), $"rep:stats:{meetingId}"),
        Of(new ReportButton(ReportKind.Export, meetingId), $"rep:export:{meetingId}"),
        Of(new NoticeButton(noticeId), $"nt:stop:{noticeId}"),
        Of<MeetingEditButton>(new MeetingEditButton.Pick(meetingId), $"mtg:pick:{meetingId}"),
        Of<MeetingEditButton>(new MeetingEditButton.Copy(meetingId), $"mtg:copy:{meetingId}"),
        .. MeetingEditor.Fields.Select(f => Of<MeetingEditButton>(new MeetingEditButton.Edit(f, meetingId), $"mtg:edit:{f}:{meetingId}")),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("hn-20270510", "TB-0042"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("ev")]
    [InlineData("ev:show")]
    [InlineData("ev:open:hn-20270510")]
    public void A_board_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<MeetingBoardButton>(data));

    [Theory]
    [InlineData("rep:stats")]
    [InlineData("rep:count:hn-20270510")]
    public void A_report_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ReportButton>(data));

    [Theory]
    [InlineData("mtg:pick")]
    [InlineData("mtg:pick:a:b")]
    [InlineData("mtg:edit:Copy:hn-20270510")]
    [InlineData("mtg:edit:title:hn-20270510")]
    [InlineData("mtg:edit:Title")]
    [InlineData("mtg:drop:hn-20270510")]
    public void An_editor_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<MeetingEditButton>(data));

    [Fact]
    public void The_editor_items_keep_the_names_old_buttons_and_sessions_carry() =>
        Assert.Equal(["Title", "Short", "Time", "Venue", "Deadline", "Programme", "Expected", "Plan", "Signer", "Issued"], MeetingEditor.Fields.Select(f => f.ToString()));

    [Theory]
    [InlineData("nt")]
    [InlineData("nt:stop")]
    [InlineData("nt:go:TB-0042")]
    public void A_notice_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<NoticeButton>(data));
}
