namespace Bot.Workers;

/// <summary>A problem the operator must fix before the bot can start; its message is shown as it is.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StartupException()
    {
    }
}
