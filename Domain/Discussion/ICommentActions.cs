using Domain.Conversations;

namespace Domain.Discussion;

/// <summary>What the comment machine asks and does on its transitions.</summary>
public interface ICommentActions
{
    void AskMeeting(Turn turn);

    void AskTopic(Turn turn);

    void AskText(Turn turn);

    void AskSpeak(Turn turn);

    void ShowPreview(Turn turn);

    void AskField(Turn turn);

    void Save(Turn turn);

    void Cancelled(Turn turn);
}

/// <summary>Does nothing: the diagram is drawn from a machine that must not speak.</summary>
internal sealed class NoCommentActions : ICommentActions
{
    public static readonly NoCommentActions Instance = new();

    public void AskMeeting(Turn turn)
    {
    }

    public void AskTopic(Turn turn)
    {
    }

    public void AskText(Turn turn)
    {
    }

    public void AskSpeak(Turn turn)
    {
    }

    public void ShowPreview(Turn turn)
    {
    }

    public void AskField(Turn turn)
    {
    }

    public void Save(Turn turn)
    {
    }

    public void Cancelled(Turn turn)
    {
    }
}
