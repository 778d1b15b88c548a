using Domain.Conversations;

namespace Domain.Notices;

/// <summary>The button of /huythongbao choosing the notice being sent to stop.</summary>
public sealed record NoticeButton(string NoticeId) : IButton<NoticeButton>
{
    private const string StopVerb = "stop";

    public static string Flow => "nt";

    public static NoticeButton? Decode(IReadOnlyList<string> parts) =>
        parts is [StopVerb, _, ..] ? new NoticeButton(ButtonData.Rest(parts, 1)) : null;

    public string Encode() => ButtonData.Join(Flow, StopVerb, NoticeId);
}
