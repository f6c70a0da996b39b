using CityCrm.Conversations.Contacts;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// Opt-outs on Cosmos DB: one document per channel and address (its partition) holding the current state and every
/// change, so the state and its history change in one ETag-guarded write and the send-time check is one point read.
/// </summary>
public sealed class CosmosOptOutRegistry(CosmosStorage storage) : IOptOutRegistry
{
    /// <summary>The opt-out documents, partitioned by channel and address.</summary>
    public static readonly CosmosContainerSpec Container = new("optouts");

    private const string DocumentId = "state";
    private readonly CosmosCollection optOuts = storage.Collection(Container.Name);

    public async Task RecordAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        var pk = Partition(change.ChannelId, change.Address);
        var recorded = new OptOutChange(change.InboxId, change.OptedOut, change.Keyword, change.At, change.SourceId);
        while (true)
        {
            var read = await optOuts.ReadAsync<OptOutDocument>(DocumentId, pk, cancellationToken);
            if (read is null)
            {
                if (await optOuts.CreateAsync(new OptOutDocument(DocumentId, pk, change.OptedOut, change.InboxId, change.Keyword, change.At, [recorded]), pk, cancellationToken))
                    return;
                continue;
            }
            var stored = read.Document;
            // The same message again (a provider's retry) was recorded with everything it changed the first time.
            if (change.SourceId is not null && stored.Changes.Any(c => c.SourceId == change.SourceId))
                return;
            // A repeated STOP leaves the state, and when it began, as they were.
            var next = stored.OptedOut == change.OptedOut
                ? stored with { Changes = [.. stored.Changes, recorded] }
                : new OptOutDocument(DocumentId, pk, change.OptedOut, change.InboxId, change.Keyword, change.At, [.. stored.Changes, recorded]);
            if (await optOuts.ReplaceAsync(next, DocumentId, pk, read.ETag, cancellationToken))
                return;
        }
    }

    public async Task<bool> IsOptedOutAsync(string channelId, string address, CancellationToken cancellationToken) =>
        (await optOuts.ReadAsync<OptOutDocument>(DocumentId, Partition(channelId, address), cancellationToken))?.Document.OptedOut == true;

    /// <summary>Every change recorded for the address on the channel, oldest first.</summary>
    public async Task<IReadOnlyList<ConsentChange>> GetHistoryAsync(string channelId, string address, CancellationToken cancellationToken)
    {
        var stored = (await optOuts.ReadAsync<OptOutDocument>(DocumentId, Partition(channelId, address), cancellationToken))?.Document;
        return stored is null ? [] : [.. stored.Changes.Select(c => new ConsentChange(channelId, address, c.InboxId, c.OptedOut, c.Keyword, c.At, c.SourceId))];
    }

    private static string Partition(string channelId, string address) => channelId + "|" + address;

    private sealed record OptOutDocument(
        string Id, string Pk, bool OptedOut, string InboxId, string Keyword, DateTimeOffset ChangedAt, IReadOnlyList<OptOutChange> Changes);

    private sealed record OptOutChange(string InboxId, bool OptedOut, string Keyword, DateTimeOffset At, string? SourceId);
}
