using Bot.Hosting;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Operations;

/// <summary>
/// `Bot check-config`: reads the settings, the organisation profile, the units file and the
/// meetings file as the bot would at start, and reports every problem at once rather than the
/// first, so a committee setting the bot up fixes its files in one pass. Exit 0 when all is well, 2 otherwise.
/// </summary>
public sealed class ConfigurationCheck(IConfiguration configuration, string contentRoot, TextWriter output)
{
    public int Run()
    {
        var problems = new List<string>();
        var bot = Bind(problems, () => OrganizationOptions.EffectiveBotOptions(configuration));
        var profile = Bind(problems, () => configuration.GetSection(OrganizationOptions.Section).Get<OrganizationOptions>() ?? new OrganizationOptions());
        var telegram = Bind(problems, () => configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions());
        var zalo = Bind(problems, () => configuration.GetSection(ZaloOptions.Section).Get<ZaloOptions>() ?? new ZaloOptions());
        Validate(problems, bot, new BotOptionsValidation());
        Validate(problems, profile, new OrganizationOptionsValidation());
        Validate(problems, telegram, new TelegramOptionsValidation());
        Validate(problems, zalo, new ZaloOptionsValidation());

        var units = 0;
        var meetings = 0;
        if (bot is not null)
        {
            var (catalog, unitProblems) = UnitFile.Check(FullPath(bot.UnitsFile));
            problems.AddRange(unitProblems);
            units = catalog?.All.Count ?? 0;
            var (seeded, meetingProblems) = MeetingFile.Check(FullPath(bot.MeetingsFile));
            problems.AddRange(meetingProblems);
            meetings = seeded.Count;
        }

        if (problems.Count > 0)
        {
            output.WriteLine($"Cấu hình có {problems.Count} lỗi / The configuration has {problems.Count} problem(s):");
            foreach (var problem in problems)
            {
                output.WriteLine("✗ " + problem);
            }

            return 2;
        }

        output.WriteLine($"✓ {profile!.FullName} – {profile.TeamName}");
        output.WriteLine($"✓ {units} đơn vị / units: {FullPath(bot!.UnitsFile)}");
        output.WriteLine($"✓ {meetings} hội nghị / meetings: {FullPath(bot.MeetingsFile)}");
        output.WriteLine($"✓ {bot.TimeZone}, {bot.DefaultLanguage}");
        output.WriteLine("Cấu hình hợp lệ. / The configuration is valid.");
        return 0;
    }

    private string FullPath(string path) => Path.GetFullPath(Path.Combine(contentRoot, path));

    /// <summary>A value that does not convert ("abc" for a number) is a problem to report, not a crash.</summary>
    private static T? Bind<T>(List<string> problems, Func<T> bind)
        where T : class
    {
        try
        {
            return bind();
        }
        catch (InvalidOperationException ex)
        {
            problems.Add($"Cấu hình không đọc được: {ex.Message} / The configuration could not be read: {ex.Message}");
            return null;
        }
    }

    private static void Validate<T>(List<string> problems, T? options, IValidateOptions<T> validation)
        where T : class
    {
        if (options is not null && validation.Validate(null, options) is { Failed: true } result)
        {
            problems.AddRange(result.Failures);
        }
    }
}
