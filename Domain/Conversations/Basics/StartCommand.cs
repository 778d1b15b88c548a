using Domain.Members;
using Domain.Members.Registration;
using Domain.Text;

namespace Domain.Conversations.Basics;

/// <summary>
/// /start: a newcomer begins registration (a deep-link payload picks their unit); someone halfway
/// through sees their current question again; a member sees where they stand.
/// </summary>
public sealed class StartCommand(RegistrationFlow registration, UnitCatalog units, IReadOnlyList<Guests.IStartLink>? links = null) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["start", "batdau"];

    // /start in the middle of registration shows the current question again.
    public bool LeavesFlow => false;

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);
        // An invitation or a door link is not a unit code: it is opened whoever the person is.
        if (links?.FirstOrDefault(l => l.Claims(command.Args)) is { } link)
        {
            turn.Session = turn.Session.Leave();
            link.Open(turn, command.Args);
            return;
        }

        if (turn.Session.Flow == RegistrationFlow.FlowName)
        {
            registration.Resume(turn);
            return;
        }

        turn.Session = turn.Session.Leave();
        var member = turn.MemberOf();
        switch (member?.Status)
        {
            case null or MemberStatus.Rejected:
                registration.Begin(turn, command.Args);
                break;
            case MemberStatus.Pending:
                turn.Say(Texts.StillPending);
                break;
            default:
                turn.Say(Texts.MemberMenu, member.FullName, units.NameOf(member.UnitCode), turn.Settings.Organization.TeamName.For(turn.Lang), HelpCommand.MemberSection(turn.Lang));
                break;
        }
    }
}
