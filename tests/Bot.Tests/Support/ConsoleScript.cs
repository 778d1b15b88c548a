using Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Support;

/// <summary>Runs the console channel over a script, as `printf ... | dotnet run --project Bot -- console` does.</summary>
public static class ConsoleScript
{
    public static async Task<string> RunAsync(string databasePath, string script, IDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await BotHost.RunAsync(["console"], new StringReader(script), output, errors, builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["Bot:DatabasePath"] = databasePath,
                ["Telegram:Token"] = string.Empty,
            }));
        Assert.True(exit == 0, $"exit {exit}: {errors}");
        return output.ToString().ReplaceLineEndings("\n");
    }
}
