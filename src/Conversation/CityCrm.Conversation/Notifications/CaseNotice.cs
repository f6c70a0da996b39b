namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Whether the resident was told of their request's update, and in a sentence for staff, how or why not.
/// <see cref="Status"/> tells "sent" from "not-sent" (nothing to send, no way to send it) and "held-back" (written to
/// the conversation but withheld by the resident's consent: it shows there as blocked).
/// </summary>
public sealed record CaseNotice(bool Sent, string Detail)
{
    public const string SentStatus = "sent";
    public const string NotSentStatus = "not-sent";
    public const string HeldBackStatus = "held-back";

    public string Status { get; init; } = Sent ? SentStatus : NotSentStatus;

    /// <summary>A notice the consent check withholds, with its reason.</summary>
    public static CaseNotice HeldBack(string? reason) =>
        new(false, $"Held back by consent: {reason ?? "the resident opted out of this channel."}") { Status = HeldBackStatus };
}
