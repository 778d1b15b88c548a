using Domain.CheckIn;
using Domain.Guests;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The guest's invitation, the organizers' guest desk and the door: the wire form old messages carry, and back.</summary>
public sealed class GuestButtonSamples
{
    // A guest's id: "g" and 15 characters of its token's hash (Guest.IdFor); the decoder takes up to 20.
    public static readonly string LongestGuestId = "g" + new string('f', 19);

    public static IEnumerable<ButtonSample> Samples(string meetingId, string guestId, string personId, string unitCode) =>
    [
        Of(new GuestButton(GuestButton.Consent, guestId), $"guest:ok:{guestId}"),
        Of(new GuestButton(GuestButton.Refuse, guestId), $"guest:no-consent:{guestId}"),
        Of(new GuestButton(GuestButton.Attend, guestId), $"guest:yes:{guestId}"),
        Of(new GuestButton(GuestButton.Decline, guestId), $"guest:no:{guestId}"),
        Of(new GuestButton(GuestButton.Send, guestId), $"guest:sub:{guestId}"),
        Of(new GuestButton(GuestButton.Skip, guestId), $"guest:skip:{guestId}"),
        Of(new GuestDeskButton(GuestDeskButton.Pick, meetingId), $"khach:pick:{meetingId}"),
        Of(new GuestDeskButton(GuestDeskButton.Add, meetingId), $"khach:add:{meetingId}"),
        Of(new GuestDeskButton(GuestDeskButton.Import, meetingId), $"khach:import:{meetingId}"),
        Of(new GuestDeskButton(GuestDeskButton.List, meetingId), $"khach:list:{meetingId}"),
        Of(new CheckInButton(CheckInButton.Open, meetingId), $"ci:open:{meetingId}"),
        Of(new CheckInButton(CheckInButton.Rotate, meetingId), $"ci:rot:{meetingId}"),
        Of(new CheckInButton(CheckInButton.RotateNow, meetingId, 999_999_999), $"ci:rotok:{meetingId}:999999999"),
        Of(new CheckInButton(CheckInButton.Hand, meetingId), $"ci:hand:{meetingId}"),
        Of(new HandCheckInButton(HandCheckInButton.Unit, meetingId, unitCode), $"cih:u:{meetingId}:{unitCode}"),
        Of(new HandCheckInButton(HandCheckInButton.Unit, meetingId, HandCheckInButton.GuestGroup), $"cih:u:{meetingId}:_guests"),
        Of(new HandCheckInButton(HandCheckInButton.Person, meetingId, personId), $"cih:p:{meetingId}:{personId}"),
        Of(new HandCheckInButton(HandCheckInButton.Person, meetingId, guestId), $"cih:p:{meetingId}:{guestId}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("hn-20270510", "g0123456789abcde", "telegram:1001", "P1"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("guest")]
    [InlineData("guest:ok")]
    [InlineData("guest:ok:g")]
    [InlineData("guest:ok:g0123456789abcdef01234")]
    [InlineData("guest:maybe:g0123456789abcde")]
    [InlineData("guest:ok:g0123456789abcde:x")]
    public void A_guest_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<GuestButton>(data));

    [Theory]
    [InlineData("khach:pick")]
    [InlineData("khach:pick:")]
    [InlineData("khach:drop:hn-20270510")]
    [InlineData("khach:pick:a:b")]
    public void A_desk_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<GuestDeskButton>(data));

    [Theory]
    [InlineData("ci:open")]
    [InlineData("ci:open:")]
    [InlineData("ci:u:hn-20270510")]
    [InlineData("ci:close:hn-20270510")]
    [InlineData("ci:rotok:hn-20270510")]
    [InlineData("ci:rotok:hn-20270510:0")]
    [InlineData("ci:rotok:hn-20270510:-1")]
    [InlineData("ci:rotok:hn-20270510:1x")]
    [InlineData("ci:rotok:hn-20270510:1234567890")]
    [InlineData("ci:rotok::1")]
    [InlineData("ci:rot:hn-20270510:1")]
    public void A_door_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<CheckInButton>(data));

    [Theory]
    [InlineData("cih:u:hn-20270510")]
    [InlineData("cih:u:hn-20270510:")]
    [InlineData("cih:p::telegram:1001")]
    [InlineData("cih:open:hn-20270510:P1")]
    public void A_hand_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<HandCheckInButton>(data));
}
