namespace CityCrm.Conversations.Outbox;

/// <summary>
/// The delivery statuses a pushed message goes through, and the rules for moving between them. Provider
/// callbacks arrive out of order ("sent" after "delivered"), so a status only ever moves forward, and a
/// final one (delivered, read, undelivered, failed, blocked) is never replaced, except delivered by read.
/// </summary>
public static class DeliveryStatuses
{
    /// <summary>Waiting in the outbox to be handed to the provider.</summary>
    public const string Pending = "pending";
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string Read = "read";
    public const string Undelivered = "undelivered";
    public const string Failed = "failed";

    /// <summary>Not sent because the resident had opted out of the channel.</summary>
    public const string Blocked = "blocked";

    /// <summary>Whether the status is one this service understands (Twilio's accepted, scheduled and canceled included).</summary>
    public static bool IsKnown(string status) => Rank(status) >= 0;

    /// <summary>Undelivered, failed, canceled or blocked: the resident did not get it.</summary>
    public static bool IsProblem(string status) => status is Undelivered or Failed or Blocked or "canceled";

    /// <summary>Whether a report of <paramref name="next"/> may replace <paramref name="current"/>.</summary>
    public static bool CanMove(string current, string next)
    {
        if (!IsKnown(next) || current == next)
            return false;
        if (current == Delivered)
            return next == Read;
        if (current == Read || IsProblem(current))
            return false;
        return IsProblem(next) || Rank(next) > Rank(current);
    }

    /// <summary>
    /// The status of a message sent in parts: the first problem if any part has one, otherwise the least advanced
    /// part's status (a message is delivered when every part is). The error is the problem's, or the latest retry reason.
    /// </summary>
    public static DeliveryState Combine(IReadOnlyList<DeliveryState> parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var ids = parts.Where(p => p.ProviderMessageId is not null).Select(p => p.ProviderMessageId).ToList();
        var providerIds = ids.Count == 0 ? null : string.Join(",", ids);
        if (parts.FirstOrDefault(p => IsProblem(p.Status)) is { } problem)
            return new DeliveryState(problem.Status, providerIds, problem.Error);
        var least = parts.MinBy(p => Rank(p.Status))!;
        var error = least.Status == Pending ? parts.FirstOrDefault(p => p.Status == Pending && p.Error is not null)?.Error : null;
        return new DeliveryState(least.Status, providerIds, error);
    }

    private static int Rank(string status) => status switch
    {
        Pending => 0,
        Queued or "accepted" or "scheduled" => 1,
        Sending => 2,
        Sent => 3,
        Delivered => 4,
        Read => 5,
        Undelivered or Failed or Blocked or "canceled" => 6,
        _ => -1,
    };
}
