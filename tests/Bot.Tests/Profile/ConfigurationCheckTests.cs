using Bot.Hosting;
using Bot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Profile;

/// <summary>`Bot check-config` reads the profile, the units and the meetings as the bot would, and reports every problem at once.</summary>
public sealed class ConfigurationCheckTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_shipped_plan_checks_clean()
    {
        var (exit, output) = await CheckAsync([]);

        Assert.True(exit == 0, output);
        Assert.Contains("✓ Ủy ban MTTQ Việt Nam Quận 5 – Tổ tuyên truyền viên", output, StringComparison.Ordinal);
        Assert.Contains("✓ 28 đơn vị / units", output, StringComparison.Ordinal);
        Assert.Contains("✓ 1 hội nghị / meetings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ward_example_checks_clean()
    {
        var examples = Path.Combine(Root(), "docs", "examples", "phuong-vi-du");

        var (exit, output) = await CheckAsync(new()
        {
            ["Organization:FullName"] = "Ủy ban MTTQ Việt Nam phường Chợ Quán",
            ["Organization:UnitsFile"] = Path.Combine(examples, "units.json"),
            ["Organization:MeetingsFile"] = Path.Combine(examples, "meetings.json"),
        });

        Assert.True(exit == 0, output);
        Assert.Contains("✓ 8 đơn vị / units", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_with_exit_code_2()
    {
        var units = Path.Combine(folder.Path, "units.json");
        File.WriteAllText(units, """{ "units": [ { "code": "KP 1", "name": "Khu phố 1" }, { "code": "KP2", "name": "A" }, { "code": "kp2", "name": "B" } ] }""");
        var meetings = Path.Combine(folder.Path, "meetings.json");
        File.WriteAllText(meetings, """
            { "meetings": [ { "id": "hn", "shortTitle": "Một tên ngắn quá dài cho nút bấm trên điện thoại di động", "title": "Hội nghị",
              "startsAt": "2027-06-15T08:00:00+07:00", "rsvpDeadline": "2027-06-16T08:00:00+07:00",
              "venue": { "name": "Hội trường", "address": "Số 1", "latitude": 0, "longitude": 0 } } ] }
            """);

        var (exit, output) = await CheckAsync(new()
        {
            ["Organization:FullName"] = " ",
            ["Organization:TimeZone"] = "Mars/Olympus",
            ["Organization:UnitsFile"] = units,
            ["Organization:MeetingsFile"] = meetings,
        });

        Assert.Equal(2, exit);
        var problems = output.Split('\n').Where(l => l.StartsWith("✗ ", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("Organization:FullName", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'KP 1'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("KP2 bị trùng", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("shortTitle", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("rsvpDeadline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_profile_name_stops_the_bot_with_one_sentence_and_exit_code_2()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await BotHost.RunAsync(["console"], new StringReader(string.Empty), output, errors, builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:DatabasePath"] = folder.DatabasePath,
                ["Organization:TeamName"] = string.Empty,
            }));

        Assert.Equal(2, exit);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Organization:TeamName đang trống", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_older_Bot_keys_still_choose_the_units_file()
    {
        var units = Path.Combine(folder.Path, "units.json");
        File.WriteAllText(units, """{ "units": [ { "code": "KP1", "name": "Khu phố 1", "group": "Neighbourhood" } ] }""");

        var (exit, output) = await CheckAsync(new() { ["Bot:UnitsFile"] = units });

        Assert.True(exit == 0, output);
        Assert.Contains("✓ 1 đơn vị / units", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> CheckAsync(Dictionary<string, string?> settings)
    {
        settings["Bot:DatabasePath"] = folder.DatabasePath;
        using var output = new StringWriter();
        var exit = await BotHost.RunAsync(["check-config"], TextReader.Null, output, output, builder =>
            builder.Configuration.AddInMemoryCollection(settings));
        return (exit, output.ToString().ReplaceLineEndings("\n"));
    }

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test folder.");
    }
}
