using Domain.Conversations.Basics;
using Domain.Members;
using Domain.Text;
using static Domain.Tests.Buttons.ButtonSample;

namespace Domain.Tests.Buttons;

/// <summary>The language and erasure buttons: the wire form old messages carry, and back.</summary>
public sealed class BasicButtonTests
{
    public static IEnumerable<ButtonSample> Samples() =>
    [
        Of(new LanguageButton(Lang.Vi), "lang:vi"),
        Of(new LanguageButton(Lang.En), "lang:en"),
        Of(new ErasureButton(true), "erase:yes"),
        Of(new ErasureButton(false), "erase:no"),
    ];

    public static TheoryData<ButtonSample> All() => Codec.Data(Samples());

    [Theory]
    [MemberData(nameof(All))]
    public void Every_button_keeps_its_wire_form_and_decodes_back(ButtonSample sample) => Codec.RoundTrips(sample);

    [Theory]
    [InlineData("lang")]
    [InlineData("lang:")]
    [InlineData("lang:fr")]
    [InlineData("lang:vi:en")]
    public void A_language_button_naming_no_language_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<LanguageButton>(data));

    [Fact]
    public void A_language_code_reads_in_any_case_as_before() => Assert.Equal(new LanguageButton(Lang.En), Codec.Decode<LanguageButton>("lang:EN"));

    [Theory]
    [InlineData("erase")]
    [InlineData("erase:")]
    [InlineData("erase:YES")]
    [InlineData("erase:yes:now")]
    public void An_erasure_button_without_an_exact_answer_decodes_to_nothing(string data) => Assert.Null(Codec.Decode<ErasureButton>(data));
}
