using Domain.Reports;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>
/// The ward page reports' buttons ("rp", "rpa", "rpo", "rpr"): the wire form old messages carry, and back.
/// Longest real ids: a round "r" + 6 hex + "x" when that id was taken, a nonce of 6 hex, a page or
/// nomination index of 2 digits, the longest <see cref="ReportItem"/> name.
/// </summary>
public sealed class WardReportButtonSamples
{
    private const string Nonce = "ffffff";
    private const string Round = "rffffffx";

    public static IEnumerable<ButtonSample> Samples(string meetingId, string unitCode, string memberId = "zalo:9999999999999999999") =>
    [
        Of<ReporterPress>(new ReporterPress(ReporterPress.Units, Round), $"rpr:u:{Round}"),
        Of<ReporterPress>(new ReporterPress(ReporterPress.Show, Round, unitCode), $"rpr:s:{Round}:{unitCode}"),
        Of<ReporterPress>(new ReporterPress(ReporterPress.Choose, Round, unitCode), $"rpr:c:{Round}:{unitCode}"),
        Of<ReporterPress>(new ReporterPress(ReporterPress.Name, Round, unitCode, memberId), $"rpr:n:{Round}:{unitCode}:{memberId}"),
        Of<ReporterPress>(new ReporterPress(ReporterPress.Remove, Round, unitCode, memberId), $"rpr:r:{Round}:{unitCode}:{memberId}"),
        Of<WardReportButton>(new ReportStart(Round), $"rp:go:{Round}"),
        .. new[]
        {
            ReportPress.AddPage, ReportPress.NoMorePages, ReportPress.AddNomination, ReportPress.NominationsDone, ReportPress.Send,
            ReportPress.Edit, ReportPress.Cancel, ReportPress.Back, ReportPress.AskRemovePage, ReportPress.UseSent, ReportPress.KeepDraft,
        }.Select(verb => Of<WardReportButton>(new ReportPress(verb, string.Empty, Nonce), $"rp:{Nonce}:{verb}")),
        Of<WardReportButton>(new ReportPress(ReportPress.Platform, "3", Nonce), $"rp:{Nonce}:pl:3"),
        Of<WardReportButton>(new ReportPress(ReportPress.Kind, "c", Nonce), $"rp:{Nonce}:kind:c"),
        Of<WardReportButton>(new ReportPress(ReportPress.RemoveNomination, "99", Nonce), $"rp:{Nonce}:rmn:99"),
        Of<WardReportButton>(new ReportPress(ReportPress.RemovePage, "99", Nonce), $"rp:{Nonce}:rm:99"),
        Of<WardReportButton>(new ReportPress(ReportPress.PickPage, "99", Nonce), $"rp:{Nonce}:pp:99"),
        Of<WardReportButton>(new ReportPress(ReportPress.Pick, nameof(ReportItem.Collaborators), Nonce), $"rp:{Nonce}:it:Collaborators"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Menu), "rpa:menu"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Open), "rpa:open"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Open, meetingId), $"rpa:open:{meetingId}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.OfMeeting, meetingId), $"rpa:m:{meetingId}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Progress, Round), $"rpa:p:{Round}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Remind, Round), $"rpa:rm:{Round}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Summary, Round), $"rpa:sum:{Round}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Nominations, Round), $"rpa:nom:{Round}"),
        Of<ReportAdminPress>(new ReportAdminPress(ReportAdminPress.Accept, Round, unitCode, "99"), $"rpa:acc:{Round}:{unitCode}:99"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.ChooseMeeting, meetingId), $"rpo:{Nonce}:m:{meetingId}"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.Units, "wards"), $"rpo:{Nonce}:u:wards"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.Units, "all"), $"rpo:{Nonce}:u:all"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.ChooseGroup, "MemberOrganization"), $"rpo:{Nonce}:gc:MemberOrganization"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.Toggle, unitCode), $"rpo:{Nonce}:t:{unitCode}"),
        .. new[] { RoundOpeningButton.PickGroup, RoundOpeningButton.PickUnits, RoundOpeningButton.UnitsDone, RoundOpeningButton.Back, RoundOpeningButton.SeeOpen }
            .Select(verb => Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, verb), $"rpo:{Nonce}:{verb}")),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.Open), $"rpo:{Nonce}:go"),
        Of<RoundOpeningButton>(new RoundOpeningButton(Nonce, RoundOpeningButton.Cancel), $"rpo:{Nonce}:x"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("hn-20270510", "P08"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("rp")]
    [InlineData("rp:go")]
    [InlineData("rp:go:")]
    [InlineData("rp:go:r1:extra")]
    [InlineData("rp:abc")]
    [InlineData("rp:abc:send:1:2")]
    public void A_report_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<WardReportButton>(data));

    [Theory]
    [InlineData("rpa")]
    [InlineData("rpa:acc:r1:P08:0:extra")]
    public void An_admin_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ReportAdminPress>(data));

    [Theory]
    [InlineData("rpo")]
    [InlineData("rpo:abc")]
    [InlineData("rpo:abc:m")]
    [InlineData("rpo:abc:m:")]
    [InlineData("rpo:abc:zz")]
    [InlineData("rpo:abc:go:extra")]
    [InlineData("rpo:abc:t")]
    [InlineData("rpo:abc:gc:")]
    [InlineData("rpo:abc:ok:P08")]
    public void An_opening_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<RoundOpeningButton>(data));

    [Theory]
    [InlineData("rpr")]
    [InlineData("rpr:u")]
    [InlineData("rpr:u:")]
    [InlineData("rpr:u:r1:P08")]
    [InlineData("rpr:s:r1")]
    [InlineData("rpr:s:r1:")]
    [InlineData("rpr:n:r1:P08")]
    [InlineData("rpr:n:r1:P08:")]
    [InlineData("rpr:zz:r1:P08:tg:1")]
    public void A_reporter_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ReporterPress>(data));

    [Fact]
    public void A_round_id_of_more_than_40_characters_is_no_start_button() =>
        Assert.Null(Codec.Decode<WardReportButton>("rp:go:" + new string('r', 41)));
}
