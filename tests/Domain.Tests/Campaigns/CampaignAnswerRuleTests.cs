using Domain.Campaigns;

namespace Domain.Tests.Campaigns;

public sealed class CampaignAnswerRuleTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Done_twice_with_the_same_proof_changes_nothing()
    {
        var first = CampaignAnswer.Done(null, "c", "tg:1", ["https://a.vn/1"], [], At);
        var again = CampaignAnswer.Done(first, "c", "tg:1", ["https://a.vn/1"], [], At.AddMinutes(1));

        Assert.Same(first, again);
        Assert.Equal(0, first.Changes);
    }

    [Fact]
    public void More_proof_is_added_to_the_proof_given_before()
    {
        var first = CampaignAnswer.Done(null, "c", "tg:1", ["https://a.vn/1"], [], At);
        var second = CampaignAnswer.Done(first, "c", "tg:1", ["https://a.vn/2", "https://a.vn/1"], ["photo-1"], At);

        Assert.Equal(["https://a.vn/1", "https://a.vn/2"], second.Links);
        Assert.Equal(["photo-1"], second.Photos);
        Assert.Equal(1, second.Changes);
    }

    [Fact]
    public void Photos_and_links_stop_at_their_limits()
    {
        var answer = CampaignAnswer.Done(null, "c", "tg:1", Enumerable.Range(0, 20).Select(i => $"https://a.vn/{i}"), Enumerable.Range(0, 9).Select(i => $"p{i}"), At);

        Assert.Equal(CampaignAnswer.MaxLinks, answer.Links.Count);
        Assert.Equal(CampaignAnswer.MaxPhotos, answer.Photos.Count);
    }

    [Fact]
    public void Could_not_replaces_done_and_drops_its_proof()
    {
        var done = CampaignAnswer.Done(null, "c", "tg:1", ["https://a.vn/1"], [], At);
        var couldNot = CampaignAnswer.CouldNot(done, "c", "tg:1", "Không có Facebook", At);

        Assert.Equal(CampaignOutcome.CouldNot, couldNot.Outcome);
        Assert.Empty(couldNot.Links);
        Assert.Equal("Không có Facebook", couldNot.Reason);
        Assert.Same(couldNot, CampaignAnswer.CouldNot(couldNot, "c", "tg:1", null, At));
        Assert.Same(couldNot, CampaignAnswer.CouldNot(couldNot, "c", "tg:1", "Không có Facebook", At));
    }

    [Fact]
    public void Done_after_could_not_starts_with_fresh_proof()
    {
        var couldNot = CampaignAnswer.CouldNot(null, "c", "tg:1", "bận", At);
        var done = CampaignAnswer.Done(couldNot, "c", "tg:1", [], [], At);

        Assert.Equal(CampaignOutcome.Done, done.Outcome);
        Assert.Null(done.Reason);
        Assert.False(done.HasProof);
    }
}
