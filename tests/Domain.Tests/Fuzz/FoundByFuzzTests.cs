using Domain.Conversations;
using Domain.Tests.Support;
using Domain.Text;

namespace Domain.Tests.Fuzz;

/// <summary>Failures the random runs found, each kept as a plain test.</summary>
public sealed class FoundByFuzzTests
{
    // By index: a test runner passes theory strings as UTF-8, which would mend an unpaired surrogate.
    private static readonly string[] Invalid = ["\uFFFE", "\uD83D", "\uDE00x"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Text_that_is_not_valid_Unicode_is_answered_instead_of_ending_in_an_internal_error(int which)
    {
        var text = Invalid[which];

        // .NET's normalization throws on U+FFFE and unpaired surrogates; the router normalizes every
        // text to recognise "Hủy", so such a text failed whatever the person was doing.
        var driver = new ConversationDriver();

        driver.Text(People.Alice, text);

        // Alice never registered: the answer points her to /start.
        Assert.Equal([Texts.NotRegistered.Vi()], driver.TextsTo(People.Alice));
    }

    [Fact]
    public void A_name_with_an_unpaired_surrogate_during_registration_gets_an_answer_and_the_stored_name_is_valid_Unicode()
    {
        var driver = new ConversationDriver();
        Registering.ToStep(driver, People.Alice, "Name");

        driver.Text(People.Alice, "Nguyễn Thị Hoa\uD83D");

        Assert.NotEmpty(driver.TextsTo(People.Alice));
        var name = driver.SessionOf(People.Alice)?.Get("name");
        // Valid Unicode: normalization, which throws on anything else, goes through.
        Assert.Null(Record.Exception(() => name?.Normalize()));
    }
}
