using Domain.Conversations;
using Domain.Users;

namespace Domain.Members;

/// <summary>The buttons of /thanhvien: a unit, a member, a role for them, a profile to merge into another.</summary>
public abstract record MemberButton : IButton<MemberButton>
{
    private MemberButton()
    {
    }

    public static string Flow => "mem";

    // Keys hold a colon themselves ("tg:123"), so the key is always the last part.
    public static MemberButton? Decode(IReadOnlyList<string> parts) => parts switch
    {
        ["unit", _, ..] => new OfUnit(ButtonData.Rest(parts, 1)),
        ["show", _, ..] when Key(parts, 1) is { } member => new Show(member),
        ["merge", _, ..] when Key(parts, 1) is { } member => new Merge(member),
        ["into", _, ..] when ButtonData.Rest(parts, 1).Split('|') is [var from, var into]
            && UserKey.TryParse(from, out var source) && UserKey.TryParse(into, out var target) => new Into(source, target),
        ["role", var code, _, ..] when RoleOf(code) is { } role && Key(parts, 2) is { } member => new SetRole(role, member),
        _ => null,
    };

    public abstract string Encode();

    private static UserKey? Key(IReadOnlyList<string> parts, int start) =>
        UserKey.TryParse(ButtonData.Rest(parts, start), out var key) ? key : null;

    private static Role? RoleOf(string code) => code switch
    {
        "m" => Role.Member,
        "c" => Role.Coordinator,
        "o" => Role.Organizer,
        _ => null,
    };

    private static string CodeOf(Role role) => role switch
    {
        Role.Coordinator => "c",
        Role.Organizer => "o",
        _ => "m",
    };

    /// <summary>The approved members of a unit.</summary>
    public sealed record OfUnit(string UnitCode) : MemberButton
    {
        public override string Encode() => ButtonData.Join(Flow, "unit", UnitCode);
    }

    /// <summary>One member's card.</summary>
    public sealed record Show(UserKey Member) : MemberButton
    {
        public override string Encode() => ButtonData.Join(Flow, "show", Member.ToString());
    }

    /// <summary>The profiles with the same phone number that this one could be merged into.</summary>
    public sealed record Merge(UserKey Member) : MemberButton
    {
        public override string Encode() => ButtonData.Join(Flow, "merge", Member.ToString());
    }

    /// <summary>Merges <paramref name="From"/> into <paramref name="Target"/>.</summary>
    public sealed record Into(UserKey From, UserKey Target) : MemberButton
    {
        public override string Encode() => ButtonData.Join(Flow, "into", $"{From}|{Target}");
    }

    public sealed record SetRole(Role Role, UserKey Member) : MemberButton
    {
        public override string Encode() => ButtonData.Join(Flow, "role", CodeOf(Role), Member.ToString());
    }
}
