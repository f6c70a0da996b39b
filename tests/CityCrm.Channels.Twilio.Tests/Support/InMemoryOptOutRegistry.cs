using System.Collections.Concurrent;
using CityCrm.Conversations.Contacts;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Opt-outs kept in memory, for the host while the durable registry is not part of it: every change is kept in order.
/// </summary>
public sealed class InMemoryOptOutRegistry : IOptOutRegistry
{
    private readonly ConcurrentQueue<ConsentChange> history = new();

    public IReadOnlyList<ConsentChange> History => history.ToList();

    public Task RecordAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        history.Enqueue(change);
        return Task.CompletedTask;
    }

    public Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken) =>
        Task.FromResult(history.LastOrDefault(c => c.ChannelId == channelId && c.Address == address)?.OptedOut ?? false);
}
