namespace CityCrm.Channels;

/// <summary>
/// A sender whose provider can be asked which messages it already accepted. The outbox asks before handing over again
/// an entry whose earlier attempt never got its answer recorded (the process died, or the answer was lost on the
/// network), so a message the provider accepted is recorded instead of sent a second time.
/// </summary>
public interface ISentMessageLookup
{
    /// <summary>
    /// The messages the provider holds that match <paramref name="delivery"/> (same sender, recipient and text), created
    /// at or after <paramref name="since"/> allowing for clock skew, oldest first. Never throws for an outage: the
    /// result says the provider could not be asked.
    /// </summary>
    Task<SentLookup> FindSentAsync(OutboundDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken);
}
