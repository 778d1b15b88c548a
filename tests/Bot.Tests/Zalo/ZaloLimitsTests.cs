using Bot.Hosting;
using Bot.Zalo;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Zalo;

/// <summary>When failed sends prove a Zalo chat unreachable, and how long Zalo's exhausted quota makes the bot wait.</summary>
public sealed class ZaloLimitsTests
{
    private static readonly DateTimeOffset Start = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Start);

    [Fact]
    public void A_chat_is_unreachable_only_after_three_failures_over_the_period_while_another_chat_got_a_message()
    {
        var evidence = new ZaloDeliveryEvidence(Options.Create(new ZaloOptions { UnreachableAfter = TimeSpan.FromHours(2) }));

        Assert.False(evidence.Failed("a", Now()));
        evidence.Succeeded("b", Now(TimeSpan.FromMinutes(1)));
        Assert.False(evidence.Failed("a", Now(TimeSpan.FromMinutes(30))));
        // Three failures, but not yet over two hours.
        Assert.False(evidence.Failed("a", Now(TimeSpan.FromMinutes(90))));
        Assert.True(evidence.Failed("a", Now(TimeSpan.FromMinutes(120))));
    }

    [Fact]
    public void Failures_everywhere_are_Zalos_fault_and_prove_nothing_about_one_chat()
    {
        var evidence = new ZaloDeliveryEvidence(Options.Create(new ZaloOptions { UnreachableAfter = TimeSpan.Zero }));
        evidence.Succeeded("b", Now());

        for (var i = 1; i <= 10; i++)
        {
            Assert.False(evidence.Failed("a", Now(TimeSpan.FromHours(i))));
            Assert.False(evidence.Failed("b", Now(TimeSpan.FromHours(i))));
        }
    }

    [Fact]
    public void A_message_that_goes_through_starts_the_count_again()
    {
        var evidence = new ZaloDeliveryEvidence(Options.Create(new ZaloOptions { UnreachableAfter = TimeSpan.Zero }));
        Assert.False(evidence.Failed("a", Now()));
        Assert.False(evidence.Failed("a", Now(TimeSpan.FromSeconds(1))));
        evidence.Succeeded("a", Now(TimeSpan.FromSeconds(2)));
        evidence.Succeeded("b", Now(TimeSpan.FromSeconds(3)));

        Assert.False(evidence.Failed("a", Now(TimeSpan.FromSeconds(4))));
        Assert.False(evidence.Failed("a", Now(TimeSpan.FromSeconds(5))));
        evidence.Succeeded("b", Now(TimeSpan.FromSeconds(6)));
        Assert.True(evidence.Failed("a", Now(TimeSpan.FromSeconds(7))));
    }

    [Fact]
    public void Each_refusal_of_an_exhausted_quota_doubles_the_wait_up_to_the_cap_and_a_success_ends_it()
    {
        var quota = new ZaloQuota(Options.Create(new ZaloOptions { QuotaFirstWait = TimeSpan.FromMinutes(1), QuotaMaxWait = TimeSpan.FromMinutes(30) }));
        var waits = new List<double>();
        var firsts = new List<bool>();
        var at = Start;
        for (var i = 0; i < 8; i++)
        {
            var wait = quota.Refused(at, out var first);
            waits.Add(wait.TotalMinutes);
            firsts.Add(first);
            at += wait;
        }

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], waits);
        Assert.Equal([true, false, false, false, false, false, false, false], firsts);
        Assert.True(quota.Exhausted);
        Assert.True(quota.Accepted());
        Assert.False(quota.Accepted());
        Assert.Equal(TimeSpan.FromMinutes(1), quota.Refused(at, out var again));
        Assert.True(again);
    }

    [Fact]
    public void Sends_refused_during_one_pause_share_it_instead_of_doubling_it()
    {
        var quota = new ZaloQuota(Options.Create(new ZaloOptions { QuotaFirstWait = TimeSpan.FromMinutes(1), QuotaMaxWait = TimeSpan.FromMinutes(30) }));

        Assert.Equal(TimeSpan.FromMinutes(1), quota.Refused(Start, out _));
        Assert.Equal(TimeSpan.FromSeconds(50), quota.Refused(Start.AddSeconds(10), out var first));
        Assert.False(first);
        Assert.Equal(TimeSpan.FromMinutes(2), quota.Refused(Start.AddMinutes(1), out _));
    }

    private DateTimeOffset Now(TimeSpan? after = null)
    {
        clock.SetUtcNow(Start + (after ?? TimeSpan.Zero));
        return clock.GetUtcNow();
    }
}
