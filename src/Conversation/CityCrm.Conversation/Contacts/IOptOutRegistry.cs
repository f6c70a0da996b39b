namespace CityCrm.Conversations.Contacts;

/// <summary>
/// Residents' opt-outs per channel and address (an SMS "STOP"). Nothing is sent to an opted-out address on that
/// channel until it opts back in; every change is kept with its time, channel and the word that made it.
/// </summary>
public interface IOptOutRegistry
{
    /// <summary>Records an opt-out or an opt-in (idempotent: repeating the current state changes nothing but the history).</summary>
    Task RecordAsync(ConsentChange change, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="address"/> has opted out of <paramref name="channelId"/>.</summary>
    Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken);
}
