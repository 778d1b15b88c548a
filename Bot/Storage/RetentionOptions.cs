namespace Bot.Storage;

/// <summary>How long the bot keeps what it no longer needs (Decree 13/2023: no longer than the purpose needs).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The conversation state of someone who wrote to the bot but never registered, after it last changed.</summary>
    public TimeSpan StrangerSessions { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Who a finished notice went to; its counts stay.</summary>
    public TimeSpan NoticeRecipients { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Who a campaign went to, after its deadline; its counts per unit stay.</summary>
    public TimeSpan CampaignRecipients { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Audit lines (who approved, changed a role, sent or stopped a notice).</summary>
    public TimeSpan AuditLines { get; set; } = TimeSpan.FromDays(365);
}
