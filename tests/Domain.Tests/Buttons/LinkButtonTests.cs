using Domain.Users;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The identity-linking buttons: the wire form old messages carry, and back.</summary>
public sealed class LinkButtonTests
{
    public static IEnumerable<ButtonSample> Samples(UserKey channel, string codeId) =>
    [
        Of<LinkButton>(new LinkButton.ReceiveVia(channel), $"link:via:{channel}"),
        Of<LinkButton>(new LinkButton.ReceiveVia(null), "link:via:last"),
        Of<LinkButton>(new LinkButton.Join(codeId), $"link:join:{codeId}"),
        Of<LinkButton>(new LinkButton.Withdraw(codeId), $"link:stop:{codeId}"),
        Of<LinkButton>(new LinkButton.Answer(codeId, true), $"link:ok:{codeId}"),
        Of<LinkButton>(new LinkButton.Answer(codeId, false), $"link:no:{codeId}"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data([.. Samples(new UserKey("zalo", "8400000000000000001"), "123456"), .. Samples(new UserKey("tg", "1"), "m12345678")]);

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("link")]
    [InlineData("link:ok")]
    [InlineData("link:via:tg")]
    [InlineData("link:via:")]
    [InlineData("link:maybe:123456")]
    public void A_link_button_naming_nothing_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<LinkButton>(data));
}
