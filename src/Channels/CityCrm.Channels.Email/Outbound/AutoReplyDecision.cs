namespace CityCrm.Channels.Email.Outbound;

/// <summary>Whether the bot may answer an email, and why not when it may not (for the log and the agent console).</summary>
public sealed record AutoReplyDecision(bool Allowed, string? Reason)
{
    public static AutoReplyDecision Allow { get; } = new(true, null);

    public static AutoReplyDecision Refuse(string reason) => new(false, reason);
}
