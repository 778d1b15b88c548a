using Domain.ContentReports;
using Domain.Discussion;
using Domain.Events;
using Domain.Members.Registration;

namespace Bot.Tests.Docs;

/// <summary>
/// The state diagrams in docs/ and the README are generated from the machines themselves. A test
/// fails when they are stale; run the tests with UPDATE_DOCS=1 to rewrite the docs files.
/// </summary>
public sealed class DiagramTests
{
    // The conversations the README walks through show their diagram there too; every diagram is
    // linked from docs/architecture.md.
    public static TheoryData<string, string, bool> Machines() => new()
    {
        { "registration-machine.md", "Registration conversation", true },
        { "rsvp-machine.md", "Answering an invitation (RSVP)", true },
        { "comment-machine.md", "Writing a discussion comment", true },
        { "report-machine.md", "Writing a unit's social page report", true },
        { "round-opening-machine.md", "Opening a reporting round", true },
        { "campaign-machine.md", "Composing a campaign", true },
        { "campaign-answer-machine.md", "Answering a campaign with proof", true },
        { "content-report-machine.md", "Reporting false or hostile content", true },
        { "meeting-editor-machine.md", "Changing or copying a meeting (/sukien)", false },
        { "profile-machine.md", "Changing one item of the profile (/hoso)", false },
        { "delegation-machine.md", "A unit's answer for its delegation", false },
        { "broadcast-machine.md", "Composing a broadcast notice", false },
        { "guest-desk-machine.md", "Adding or importing guests (/khach)", true },
        { "guest-consent-machine.md", "A guest's consent before answering", true },
        { "door-machine.md", "Checking in a member's delegate at the door", true },
    };

    [Theory]
    [MemberData(nameof(Machines))]
    public void The_diagram_in_the_docs_and_the_readme_matches_the_machine(string file, string title, bool inReadme)
    {
        var diagram = (file switch
        {
            "campaign-machine.md" => Domain.Campaigns.CampaignComposeMachine.Diagram(),
            "campaign-answer-machine.md" => Domain.Campaigns.CampaignAnswerMachine.Diagram(),
            "content-report-machine.md" => ReportMachine.Diagram(),
            "report-machine.md" => Domain.Reports.WardReportMachine.Diagram(),
            "meeting-editor-machine.md" => MeetingEditMachine.Diagram(),
            "profile-machine.md" => Domain.Members.ProfileMachine.Diagram(),
            "delegation-machine.md" => UnitDelegationMachine.Diagram(),
            "broadcast-machine.md" => Domain.Notices.BroadcastMachine.Diagram(),
            "guest-desk-machine.md" => Domain.Guests.GuestDeskMachine.Diagram(),
            "guest-consent-machine.md" => Domain.Guests.GuestConsentMachine.Diagram(),
            "door-machine.md" => Domain.CheckIn.DoorMachine.Diagram(),
            _ when file.StartsWith("comment", StringComparison.Ordinal) => CommentMachine.Diagram(),
            _ when file.StartsWith("rsvp", StringComparison.Ordinal) => RsvpMachine.Diagram(),
            _ => RegistrationMachine.Diagram(),
        }).ReplaceLineEndings("\n").Trim();
        var expected = $"# {title}\n\nGenerated from the state machine by `DiagramTests`; do not edit by hand.\n\n```mermaid\n{diagram}\n```\n";
        var path = Path.Combine(RepositoryRoot(), "docs", file);

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_DOCS=1.");
        Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"), $"docs/{file} is stale: run the tests with UPDATE_DOCS=1.");
        var architecture = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        Assert.True(architecture.Contains($"]({file})", StringComparison.Ordinal), $"docs/architecture.md does not link docs/{file}.");
        if (inReadme)
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
            Assert.True(readme.Contains(diagram, StringComparison.Ordinal), $"README.md does not show the current diagram of docs/{file}: copy it from there.");
        }
    }

    [Fact]
    public void Every_diagram_in_the_docs_is_checked_here()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs"), "*-machine.md").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, Machines().Select(row => (string)row[0]).Order(StringComparer.Ordinal));
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
