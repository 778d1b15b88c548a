using System.Security.Cryptography;
using System.Text;
using Domain.CheckIn;
using Domain.Guests;

namespace Domain.Tests.Guests;

/// <summary>The secrets of invitations and the door: random, long enough, stored hashed, compared whole.</summary>
public sealed class SecretTokenTests
{
    [Fact]
    public void A_link_token_has_22_letters_or_digits_and_no_two_are_alike()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecretToken.NewLinkToken()).ToList();

        Assert.All(tokens, t => Assert.True(SecretToken.IsLinkToken(t)));
        Assert.All(tokens, t => Assert.True(t.Length >= 16));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_door_code_has_6_characters_without_look_alikes()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => SecretToken.NewCode()).ToList();

        Assert.All(codes, c => Assert.Equal(6, c.Length));
        Assert.All(codes, c => Assert.True(SecretToken.IsCode(c)));
        Assert.DoesNotContain(codes, c => c.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
    }

    [Fact]
    public void The_stored_hash_is_the_sha256_of_the_secret_and_not_the_secret()
    {
        var token = SecretToken.NewLinkToken();

        var hash = SecretToken.Hash(token);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), hash);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.StartsWith("g", Guest.IdFor(hash), StringComparison.Ordinal);
        Assert.DoesNotContain(token, Guest.IdFor(hash), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_exact_secret_matches()
    {
        var token = SecretToken.NewLinkToken();
        var hash = SecretToken.Hash(token);
        var oneOff = (token[0] == 'A' ? 'B' : 'A') + token[1..];

        Assert.True(SecretToken.Matches(token, hash));
        Assert.False(SecretToken.Matches(oneOff, hash));
        Assert.False(SecretToken.Matches(SwapCase(token), hash));
        Assert.False(SecretToken.Matches(string.Empty, hash));
        Assert.False(SecretToken.Matches(token, null));
    }

    private static string SwapCase(string text) => new([.. text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);

    [Fact]
    public void A_door_code_is_read_without_regard_to_case_or_spaces()
    {
        var code = SecretToken.NewCode();

        Assert.True(SecretToken.Matches(SecretToken.NormalizeCode($"  {code.ToLowerInvariant()} "), SecretToken.HashCode(code)));
        Assert.False(SecretToken.IsCode("ABC12"));
        Assert.False(SecretToken.IsCode("ABCDE0"));
    }

    [Fact]
    public void Five_wrong_codes_within_ten_minutes_make_the_person_wait_until_the_oldest_is_ten_minutes_old()
    {
        var start = new DateTimeOffset(2027, 4, 27, 7, 30, 0, TimeSpan.FromHours(7));
        var attempts = new CodeAttempts { Id = "tg:1" };
        for (var i = 0; i < 4; i++)
        {
            attempts = attempts.Fail(start.AddMinutes(i));
        }

        Assert.Null(attempts.BlockedUntil(start.AddMinutes(4)));
        attempts = attempts.Fail(start.AddMinutes(4));

        Assert.Equal(start.AddMinutes(10), attempts.BlockedUntil(start.AddMinutes(5)));
        Assert.Null(attempts.BlockedUntil(start.AddMinutes(10)));
    }

    [Fact]
    public void Wrong_codes_older_than_ten_minutes_are_forgotten()
    {
        var start = new DateTimeOffset(2027, 4, 27, 7, 0, 0, TimeSpan.FromHours(7));
        var attempts = new CodeAttempts { Id = "tg:1" };
        for (var i = 0; i < 4; i++)
        {
            attempts = attempts.Fail(start);
        }

        attempts = attempts.Fail(start.AddMinutes(11));

        Assert.Null(attempts.BlockedUntil(start.AddMinutes(11)));
        Assert.Single(attempts.Failures);
    }
}
