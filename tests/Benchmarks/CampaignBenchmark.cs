using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Storage;
using Domain.Campaigns;
using Domain.Members;
using FakeTelegram;

namespace Benchmarks;

/// <summary>The answering burst of one campaign: all at once, then paced over the given time, each with its answers stored.</summary>
internal sealed record CampaignBurstResult(int Members, PhaseResult Saturated, PhaseResult Paced, double PacedRate, int StoredSaturated, int StoredPaced, IReadOnlyList<string> Warnings);

/// <summary>
/// The campaign's answering burst (issue 23): M members, each pressing ✅ Đã thực hiện under a
/// campaign that requires proof and sending the link of their share, each step waiting for the
/// bot's answer, as people do. First all at once (saturation: the most updates a second the bot
/// answers), then on a second campaign spread evenly over a minute, the load the issue asks for,
/// whose latencies are those below saturation. The real bot host runs in this process against the
/// fake Bot API on 127.0.0.1 (the pipeline part runs it in a child process; here both share the
/// garbage collector, so the latencies are if anything longer).
/// </summary>
internal static class CampaignBenchmark
{
    private const long FirstUser = 300_001;

    public static async Task<CampaignBurstResult> RunAsync(int members, TimeSpan spread)
    {
        var folder = Directory.CreateTempSubdirectory("bench-campaign-");
        var warnings = new WarningLog();
        try
        {
            await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { KeepCopies = false });
            var sims = Enumerable.Range(0, members).Select(i => new SimUser(fake.User(FirstUser + i, "Thành viên"))).ToList();
            var byId = sims.ToDictionary(s => s.Id);
            var feed = new SentFeed(fake, m =>
            {
                if (byId.TryGetValue(m.ChatId, out var user))
                {
                    user.Deliver(m);
                }
            });
            using var stopFeed = new CancellationTokenSource();
            var feedTask = Task.Run(() => feed.RunAsync(stopFeed.Token));

            using var host = BenchHost.Build(fake.Token, fake.BaseUrl, Path.Combine(folder.FullName, "bot.db"), warnings);
            await host.StartAsync();
            var store = host.Service<EntityStore>();
            Seed(store, sims);
            var first = Campaign(store, "cd-bench-1", sims);
            var second = Campaign(store, "cd-bench-2", sims);
            await PipelineBenchmark.WaitForFirstPollAsync(fake);

            PipelineBenchmark.Progress($"campaign: {members} members answer all at once");
            var (saturated, _) = await LoadRunner.RunAsync("campaign, all at once", sims, u => Script(u, first), null);
            var rate = 2 * members / spread.TotalSeconds;
            PipelineBenchmark.Progress(string.Create(CultureInfo.InvariantCulture, $"campaign: {saturated.UpdatesPerSecond:0} updates/s saturated; now {members} members over {spread.TotalSeconds:0} s ({rate:0} updates/s)"));
            var (paced, _) = await LoadRunner.RunAsync("campaign, within a minute", sims, u => Script(u, second), new RateGate(rate));

            var storedFirst = store.WithIdPrefix<CampaignAnswer>(first + "|").Count(a => a.Links.Count == 1);
            var storedSecond = store.WithIdPrefix<CampaignAnswer>(second + "|").Count(a => a.Links.Count == 1);
            await host.StopAsync();
            await stopFeed.CancelAsync();
            await feedTask;
            return new CampaignBurstResult(members, saturated, paced, rate, storedFirst, storedSecond, warnings.Lines);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static string Report(CampaignBurstResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        campaign members={r.Members}
          all at once:      {r.Saturated.Updates} updates in {r.Saturated.Seconds:0.0} s = {r.Saturated.UpdatesPerSecond:0} updates/s; answered {r.Saturated.Answered}; failed {r.Saturated.Failed}; answers stored {r.StoredSaturated}
          within a minute:  {r.Paced.Updates} updates at {r.PacedRate:0}/s; answered {r.Paced.Answered}; failed {r.Paced.Failed}; answers stored {r.StoredPaced}
          warnings: {r.Warnings.Count}{(r.Warnings.Count > 0 ? " (first: " + r.Warnings[0] + ")" : string.Empty)}
        """);

    private static IReadOnlyList<Step> Script(SimUser user, string campaignId)
    {
        // The campaign's message itself is not part of the burst: the press carries its button's data.
        var message = new SentMessage(user.Id, 1, "sendMessage", "campaign", "HTML", [], [], false, null, null, null, new JsonObject(), DateTimeOffset.UtcNow);
        var link = string.Create(CultureInfo.InvariantCulture, $"https://www.facebook.com/member{user.Id}/posts/{campaignId.Length}");
        return
        [
            new Step("press ✅", u => () => u.User.PressButton(message, new AnswerButton(AnswerAction.Done, campaignId).Encode()), _ => true),
            new Step("link", u => () => u.User.SendText(link), m => m.Buttons.Any()),
        ];
    }

    private static void Seed(EntityStore store, IReadOnlyList<SimUser> sims)
    {
        foreach (var sim in sims)
        {
            store.Put(new Member
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"telegram:{sim.Id}"),
                FullName = Scripts.NameOf(sim.Id),
                Phone = "+84" + Scripts.PhoneOf(sim.Id)[1..],
                UnitCode = string.Create(CultureInfo.InvariantCulture, $"P{(sim.Id % 14) + 1:00}"),
                Position = Scripts.Position,
                Status = MemberStatus.Approved,
            });
        }
    }

    private static string Campaign(EntityStore store, string id, IReadOnlyList<SimUser> sims)
    {
        store.Put(new Campaign
        {
            Id = id,
            Title = "Chia sẻ bài Ngày hội Đại đoàn kết",
            Link = "https://www.facebook.com/mttq.q5/posts/100",
            Action = "Chia sẻ lên trang cá nhân",
            AudienceSpec = "all",
            AudienceText = "Tất cả thành viên",
            Recipients = sims.Select(s => string.Create(CultureInfo.InvariantCulture, $"telegram:{s.Id}")).ToList(),
            Deadline = DateTimeOffset.UtcNow.AddDays(1),
            ProofRequired = true,
            CreatedBy = "telegram:9001",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        return id;
    }
}
