using Domain.Members;
using Domain.Users;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The approval and member directory buttons: the wire form old messages carry, and back.</summary>
public sealed class MemberButtonTests
{
    public static IEnumerable<ButtonSample> Samples(UserKey member, UserKey other, string unitCode) =>
    [
        Of(new ApprovalButton(true, member, "0a1b2c3d"), $"appr:yes:{member}#0a1b2c3d"),
        Of(new ApprovalButton(false, member, "0a1b2c3d"), $"appr:no:{member}#0a1b2c3d"),
        Of(new ApprovalButton(true, member, null), $"appr:yes:{member}"),
        Of<MemberButton>(new MemberButton.OfUnit(unitCode), $"mem:unit:{unitCode}"),
        Of<MemberButton>(new MemberButton.Show(member), $"mem:show:{member}"),
        Of<MemberButton>(new MemberButton.Merge(member), $"mem:merge:{member}"),
        Of<MemberButton>(new MemberButton.Into(member, other), $"mem:into:{member}|{other}"),
        Of<MemberButton>(new MemberButton.SetRole(Role.Member, member), $"mem:role:m:{member}"),
        Of<MemberButton>(new MemberButton.SetRole(Role.Coordinator, member), $"mem:role:c:{member}"),
        Of<MemberButton>(new MemberButton.SetRole(Role.Organizer, member), $"mem:role:o:{member}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples(new UserKey("tg", "1001"), new UserKey("zalo", "8400000000000000001"), "P1"));

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("appr")]
    [InlineData("appr:yes")]
    [InlineData("appr:maybe:tg:1001#0a1b2c3d")]
    [InlineData("appr:yes:tg")]
    [InlineData("appr:yes:#0a1b2c3d")]
    public void An_approval_naming_no_member_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ApprovalButton>(data));

    [Fact]
    public void An_approval_reads_its_decision_as_the_member_turn_expects()
    {
        Assert.Equal("yes#0a1b2c3d", Codec.Decode<ApprovalButton>("appr:yes:tg:1001#0a1b2c3d")!.Decision);
        Assert.Equal("no", Codec.Decode<ApprovalButton>("appr:no:tg:1001")!.Decision);
    }

    [Theory]
    [InlineData("mem")]
    [InlineData("mem:show")]
    [InlineData("mem:show:tg")]
    [InlineData("mem:role:c")]
    [InlineData("mem:role:c:tg")]
    [InlineData("mem:role:x:tg:1001")]
    [InlineData("mem:into:tg:1001")]
    [InlineData("mem:into:tg:1001|tg:1002|tg:1003")]
    [InlineData("mem:drop:tg:1001")]
    public void A_directory_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<MemberButton>(data));
}
