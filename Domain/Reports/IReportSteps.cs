using Domain.Conversations;

namespace Domain.Reports;

/// <summary>What the report machine does on entering a step: ask its question, or save or drop the report.</summary>
public interface IReportSteps
{
    void Ask(Turn turn, WardReportMachine.State state);

    void Save(Turn turn);

    void Cancelled(Turn turn);
}

/// <summary>Steps that do nothing, to build the machine only to draw it.</summary>
public sealed class NoReportSteps : IReportSteps
{
    public static readonly NoReportSteps Instance = new();

    public void Ask(Turn turn, WardReportMachine.State state)
    {
    }

    public void Save(Turn turn)
    {
    }

    public void Cancelled(Turn turn)
    {
    }
}
