using Domain.Conversations;
using Domain.Text;

namespace Domain.Members;

/// <summary>
/// /xoadulieu: the right to erasure. After a confirmation the member's record, role, meeting
/// answers, discussion comments and any unfinished answers are deleted; the audit log keeps only
/// that an erasure happened.
/// </summary>
public sealed class DataErasure : ICommandHandler, IButtonHandler
{
    public IReadOnlyList<string> Names { get; } = ["xoadulieu", "erase"];

    // Unsaved answers of a conversation in progress are personal data too: they are erased with
    // the rest on confirmation, and kept if the person changes their mind.
    public bool LeavesFlow => false;

    public string Prefix => "erase";

    public void Handle(Turn turn, CommandIn command)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.MemberOf() is null && turn.Session.Draft.Count == 0)
        {
            turn.Say(Texts.NothingToErase);
            return;
        }

        turn.Reply(new TextOut(Texts.EraseConfirm.For(turn.Lang, turn.Settings.Organization.TeamName.For(turn.Lang))).WithButtons(
        [
            new Button(Texts.EraseYes.Plain(turn.Lang), "erase:yes"),
            new Button(Texts.EraseNo.Plain(turn.Lang), "erase:no"),
        ]));
    }

    public void Handle(Turn turn, ButtonIn button)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(button);
        if (button.Arg != "yes")
        {
            turn.Say(Texts.EraseKept);
            return;
        }

        var member = turn.MemberOf();
        if (member is null && turn.Session.Draft.Count == 0)
        {
            turn.Say(Texts.NothingToErase);
            return;
        }

        var id = turn.From.ToString();
        turn.Changes.Delete<Member>(id);
        turn.Changes.Delete<RoleGrant>(id);

        // Answers (which may name a stand-in and their phone) and discussion comments (opinions:
        // sensitive data) go too.
        foreach (var answer in turn.Store.All<Events.Rsvp>().Where(r => r.MemberId == id))
        {
            turn.Changes.Delete<Events.Rsvp>(answer.Id);
        }

        foreach (var comment in turn.Store.All<Discussion.Comment>().Where(c => c.MemberId == id))
        {
            turn.Changes.Delete<Discussion.Comment>(comment.Id);
        }

        // The person's other channels become strangers again.
        foreach (var link in turn.Store.All<Users.IdentityLink>().Where(l => l.Person == id))
        {
            turn.Changes.Delete<Users.IdentityLink>(link.Id);
            turn.Changes.Delete<Users.LinkAttempts>(link.Id);
        }

        turn.Changes.Delete<Users.LinkAttempts>(id);
        foreach (var code in turn.Store.All<Users.LinkCode>().Where(c => c.Person == id))
        {
            turn.Changes.Delete<Users.LinkCode>(code.Id);
        }

        turn.Changes.Delete<Users.PreferredChannel>(id);
        turn.Session = turn.Session.Leave();
        turn.Audit("member.erased", id);
        turn.Reply(new TextOut(Texts.Erased.For(turn.Lang)) { RemoveKeyboard = true });
    }
}
