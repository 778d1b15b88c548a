using System.Globalization;
using Bot.Tests.Support;
using Domain.Text;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Profile;

/// <summary>
/// One program for any Front committee: the organisation profile decides every committee name the
/// bot shows. The ward committee of docs/examples/phuong-vi-du is the second profile.
/// </summary>
public sealed class OrganizationProfileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Registration, approval, the member's menu, the invitation, the erasure question.</summary>
    private const string Journey = "!as 2002 Lan\n/start\n1\nLê Thị Lan\n!contact +84912345678\n5\nỦy viên\n1\n!as 1001\n/choduyet\n1\n1\n!as 2002\n/start\n/hoinghi\n/xoadulieu\n2\n";

    [Fact]
    public async Task A_second_profile_changes_every_committee_name_the_bot_shows_and_nothing_else()
    {
        var meetings = WriteMeeting("meetings.json");
        var plan = await RunAsync("plan", Journey, new() { ["Organization:MeetingsFile"] = meetings });
        var wardSettings = WardProfile();
        wardSettings["Organization:MeetingsFile"] = meetings;
        var ward = await RunAsync("ward", Journey, wardSettings);

        var planProfile = new Dictionary<string, string?>(Section(PlanProfile()));
        var names = Section(wardSettings).Where(p => planProfile.ContainsKey(p.Key)).ToList();
        Assert.Equal(10, names.Count);
        foreach (var (key, value) in names.Where(n => !n.Key.EndsWith("En", StringComparison.Ordinal)))
        {
            // Every Vietnamese name of the ward's profile is shown (the short name only on the chart), and the plan's is gone.
            Assert.True(ward.Contains(value!, StringComparison.Ordinal) || key == "ShortName", $"{key} '{value}' is not shown");
            // As often as the plan's name is shown to its members: no text writes the name itself.
            Assert.True(key == "ShortName" || Count(ward, value!) == Count(plan, planProfile[key]!), $"{key}: shown {Count(ward, value!)} times, the plan's {Count(plan, planProfile[key]!)}");
            if (key != "ShortName" && !value!.Contains(planProfile[key]!, StringComparison.Ordinal))
            {
                Assert.DoesNotContain(planProfile[key]!, ward, StringComparison.Ordinal);
            }
        }

        // Put the plan's names back into the ward's transcript: what is left is word for word the plan's.
        var back = names.OrderByDescending(n => n.Value!.Length)
            .Aggregate(ward, (text, n) => text.Replace(n.Value!, planProfile[n.Key], StringComparison.Ordinal));
        Assert.NotEqual(plan, ward);
        Assert.Equal(plan, back);
    }

    [Fact]
    public async Task A_ward_committee_with_its_own_units_and_meeting_names_no_district()
    {
        var settings = WardProfile();
        settings["Organization:UnitsFile"] = Path.Combine(Examples, "units.json");
        settings["Organization:MeetingsFile"] = WriteMeeting("ward-meetings.json");

        var transcript = await RunAsync("ward-own", Journey.Replace("\n5\n", "\n1\n", StringComparison.Ordinal), settings);

        Assert.Contains("[1] Ban Công tác Mặt trận khu phố 1", transcript, StringComparison.Ordinal);
        Assert.Contains("Anh/Chị là thành viên Tổ tuyên truyền viên phường (Ban Công tác Mặt trận khu phố 1)", transcript, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG CHỢ QUÁN", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Quận 5", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("QUẬN 5", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_names_of_the_profile_are_used_for_english_speakers()
    {
        var settings = WardProfile();
        settings["Organization:MeetingsFile"] = WriteMeeting("meetings.json");

        var transcript = await RunAsync("en", "/lang en\n/start\n", settings);

        Assert.Contains("Assistant of the ward propagandist team – Vietnam Fatherland Front Committee of Chợ Quán Ward", transcript, StringComparison.Ordinal);
        Assert.Contains("Purpose: invitations, notices and lists of the Vietnam Fatherland Front Committee of Chợ Quán Ward.", transcript, StringComparison.Ordinal);
    }

    private static int Count(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static string Examples => Path.Combine(RepositoryRoot(), "docs", "examples", "phuong-vi-du");

    private static Dictionary<string, string?> WardProfile()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Examples, "organization.json")).Build();
        // The example's file paths are those of a server; the tests choose their own.
        return configuration.AsEnumerable()
            .Where(p => p.Value is not null && !p.Key.EndsWith("File", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value);
    }

    private static Dictionary<string, string?> PlanProfile() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot(), "Bot", "appsettings.json")).Build()
            .GetSection("Organization").AsEnumerable()
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => p.Value);

    private static IEnumerable<KeyValuePair<string, string?>> Section(Dictionary<string, string?> settings) =>
        settings.Where(p => p.Key.StartsWith("Organization:", StringComparison.Ordinal))
            .Select(p => KeyValuePair.Create(p.Key["Organization:".Length..], p.Value));

    /// <summary>A meeting a month ahead with no committee name in it, so the profile alone names the committee.</summary>
    private string WriteMeeting(string name)
    {
        var start = DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(7));
        var day = new DateTimeOffset(start.Year, start.Month, start.Day, 8, 0, 0, start.Offset);
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, $$"""
            { "meetings": [ {
              "id": "hn-thu", "shortTitle": "Hội nghị thử", "title": "Hội nghị thử của Tổ",
              "startsAt": "{{day.ToString("O", CultureInfo.InvariantCulture)}}",
              "rsvpDeadline": "{{day.AddDays(-2).ToString("O", CultureInfo.InvariantCulture)}}",
              "venue": { "name": "Hội trường", "address": "Số 1 đường Thử", "latitude": 10.75, "longitude": 106.67 },
              "expected": 40, "invited": ["Các đơn vị"], "programme": ["Khai mạc", "Bế mạc"] } ] }
            """);
        return path;
    }

    private async Task<string> RunAsync(string name, string script, Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, name));
        return await ConsoleScript.RunAsync(Path.Combine(folder.Path, name, "bot.db"), script, settings);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Bot.sln not found above the test folder.");
    }
}
