using System.Collections.Concurrent;
using CityCrm.Conversations.Contacts;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Keeps every consent change the host records and passes it on to the host's own registry when it has one; without
/// one, the latest change per address answers <see cref="IsOptedOutAsync"/>.
/// </summary>
public sealed class RecordingOptOutRegistry(IOptOutRegistry? inner) : IOptOutRegistry
{
    private readonly ConcurrentQueue<ConsentChange> history = new();

    public IReadOnlyList<ConsentChange> History => history.ToList();

    public async Task RecordAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        history.Enqueue(change);
        if (inner is not null)
            await inner.RecordAsync(change, cancellationToken);
    }

    public async Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken) =>
        inner is not null
            ? await inner.IsOptedOutAsync(channelId, address, cancellationToken)
            : history.LastOrDefault(c => c.ChannelId == channelId && c.Address == address)?.OptedOut ?? false;
}
