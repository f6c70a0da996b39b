using CityCrm.Conversations.Mail;

namespace CityCrm.Storage.Cosmos.Logs;

/// <summary>
/// Automatic replies in container <c>autoreplies</c>: one document per mailbox and address (partitioned by both) with
/// the times of the last day's replies, so the hourly limit is one point read and recording one is an ETag-guarded
/// replace that also drops what is older than a day.
/// </summary>
public sealed class CosmosAutoReplyLog(CosmosStorage storage) : IAutoReplyLog
{
    public static readonly CosmosContainerSpec Container = new("autoreplies");

    // Only the last hour counts; a day's entries are plenty for anyone looking into a flood after the fact.
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    private readonly CosmosCollection replies = storage.Collection(Container.Name);

    public async Task RecordAsync(string inboxId, string address, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inboxId);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var key = KeyOf(inboxId, address);
        while (true)
        {
            var stored = await replies.ReadAsync<RepliesDocument>("replies", key, cancellationToken);
            var kept = (stored?.Document.At ?? []).Where(t => t >= at - Kept).Append(at).ToList();
            var next = new RepliesDocument("replies", key, kept);
            var written = stored is null
                ? await replies.CreateAsync(next, key, cancellationToken)
                : await replies.ReplaceAsync(next, "replies", key, stored.ETag, cancellationToken);
            if (written)
                return;
        }
    }

    public async Task<int> CountSinceAsync(string inboxId, string address, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var stored = await replies.ReadAsync<RepliesDocument>("replies", KeyOf(inboxId, address), cancellationToken);
        return stored?.Document.At.Count(t => t >= since) ?? 0;
    }

    // Addresses are compared in lower case, as the embedded store does.
    private static string KeyOf(string inboxId, string address) => CosmosKeys.Escape(inboxId + "\n" + address.Trim().ToLowerInvariant());

    private sealed record RepliesDocument(string Id, string Pk, IReadOnlyList<DateTimeOffset> At);
}
