using Domain.Text;

namespace Domain.Conversations;

/// <summary>A flow's questions, asked again by step when an answer does not fit.</summary>
/// <typeparam name="TState">The flow's steps.</typeparam>
public interface IStepQuestions<in TState>
{
    /// <summary>Whether the step is answered by pressing one of its buttons (typed words then answer nothing).</summary>
    bool HasChoices(TState state);

    /// <summary>Asks the step's question again with its buttons.</summary>
    void AskAgain(Turn turn, TState state);
}

/// <summary>
/// The answer to what a step cannot take. On Zalo and the console a reply without choices takes
/// the numbers on screen away, so a refusal keeps the step's choices: at a step of choices the
/// question comes again with its buttons after one short sentence; at a step of words that also
/// shows buttons (Skip, Done) the refusal carries them. Either way "1" typed next means what it did.
/// </summary>
public static class ChoiceStep
{
    /// <summary>
    /// At a step of choices: <paramref name="why"/> (by default: pick one of the items), then the
    /// question again; at any other step <paramref name="atTextStep"/> alone.
    /// </summary>
    public static void Refuse<TState>(Turn turn, IStepQuestions<TState> questions, TState step, Msg atTextStep, Msg? why = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.HasChoices(step))
        {
            AskAgain(turn, questions, step, why);
        }
        else
        {
            turn.Say(atTextStep);
        }
    }

    /// <summary>A step of choices asked again: <paramref name="why"/> (by default: pick one of the items), then its question with its buttons.</summary>
    public static void AskAgain<TState>(Turn turn, IStepQuestions<TState> questions, TState step, Msg? why = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(questions);
        turn.Say(why ?? Texts.UseButtons);
        questions.AskAgain(turn, step);
    }

    /// <summary>A refusal at a step of words that shows buttons too: said with those buttons, so their numbers hold.</summary>
    public static void Refuse(Turn turn, Msg problem, IReadOnlyList<Button> keep, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(keep);
        turn.Say(problem, keep, args);
    }
}
