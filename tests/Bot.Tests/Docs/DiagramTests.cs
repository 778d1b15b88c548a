using Domain.Members.Registration;

namespace Bot.Tests.Docs;

/// <summary>
/// The state diagrams in docs/ and the README are generated from the machines themselves. A test
/// fails when they are stale; run the tests with UPDATE_DOCS=1 to rewrite them.
/// </summary>
public sealed class DiagramTests
{
    [Fact]
    public void The_registration_diagram_in_the_docs_matches_the_machine()
    {
        var diagram = RegistrationMachine.Diagram().ReplaceLineEndings("\n").Trim();
        var expected = $"# Registration conversation\n\nGenerated from `RegistrationMachine` by `DiagramTests`; do not edit by hand.\n\n```mermaid\n{diagram}\n```\n";
        var path = Path.Combine(RepositoryRoot(), "docs", "registration-machine.md");

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_DOCS=1.");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), "docs/registration-machine.md is stale: run the tests with UPDATE_DOCS=1.");
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        Assert.True(readme.Contains(diagram, StringComparison.Ordinal), "README.md does not show the current registration diagram: copy it from docs/registration-machine.md.");
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
