using System.Collections.Concurrent;
using CityCrm.Conversations.Contacts;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Opt-outs kept in memory: the latest change per (channel, address) decides.</summary>
public sealed class FakeOptOuts : IOptOutRegistry
{
    private readonly ConcurrentDictionary<(string, string), bool> current = new();

    public Task RecordAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        current[(change.ChannelId, change.Address)] = change.OptedOut;
        return Task.CompletedTask;
    }

    public Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken) =>
        Task.FromResult(current.GetValueOrDefault((channelId, address)));
}
