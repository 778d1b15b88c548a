using Domain.Events;
using Domain.Members;
using Domain.Members.Registration;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The registration, profile and unit delegation buttons: the wire form old messages carry, and back.</summary>
public sealed class FlowButtonTests
{
    public static IEnumerable<ButtonSample> Samples(string meetingId, string unitCode) =>
    [
        Of<RegistrationButton>(new RegistrationButton.Answer(RegistrationChoice.Agree), "reg:agree"),
        Of<RegistrationButton>(new RegistrationButton.Answer(RegistrationChoice.Refuse), "reg:refuse"),
        Of<RegistrationButton>(new RegistrationButton.Answer(RegistrationChoice.Confirm), "reg:confirm"),
        Of<RegistrationButton>(new RegistrationButton.Answer(RegistrationChoice.Edit), "reg:edit"),
        Of<RegistrationButton>(new RegistrationButton.Answer(RegistrationChoice.Cancel), "reg:cancel"),
        Of<RegistrationButton>(new RegistrationButton.OfUnit(unitCode), $"reg:unit:{unitCode}"),
        .. Enum.GetValues<RegistrationField>().Select(f => Of<RegistrationButton>(new RegistrationButton.Field(f), $"reg:field:{f}")),
        Of<ProfileButton>(new ProfileButton.OfUnit(unitCode), $"prof:unit:{unitCode}"),
        .. Enum.GetValues<RegistrationField>().Select(f => Of<ProfileButton>(new ProfileButton.Field(f), $"prof:field:{f}")),
        Of<DelegationButton>(new DelegationButton.Start(meetingId), $"dlg:start:{meetingId}"),
        Of<DelegationButton>(new DelegationButton.Skip(meetingId), $"dlg:skip:{meetingId}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples("hn-20270510", "P1"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("reg")]
    [InlineData("reg:unit")]
    [InlineData("reg:field:name")]
    [InlineData("reg:field:7")]
    [InlineData("reg:field:Name,Position")]
    [InlineData("reg:field")]
    [InlineData("reg:submit")]
    public void A_registration_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<RegistrationButton>(data));

    [Theory]
    [InlineData("prof")]
    [InlineData("prof:field:Email")]
    [InlineData("prof:unit")]
    public void A_profile_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ProfileButton>(data));

    [Theory]
    [InlineData("dlg")]
    [InlineData("dlg:start")]
    [InlineData("dlg:go:hn-20270510")]
    public void A_delegation_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<DelegationButton>(data));
}
