using CityCrm.Conversations.Mail;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Mail;

/// <summary>
/// Mail threads in container <c>mailthreads</c>. Each Message-ID of an inbox is one document in its own partition, so
/// recording is a create (the first wins) and finding a reply's conversation is one point read per referenced id. A
/// copy in the conversation's partition, written after, serves the conversation's list; a retried record repairs it.
/// </summary>
public sealed class CosmosMailThreads(CosmosStorage storage) : IMailThreads
{
    public static readonly CosmosContainerSpec Container = new("mailthreads");

    private readonly CosmosCollection threads = storage.Collection(Container.Name);

    public async Task<bool> RecordAsync(MailThreadEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.MessageId);
        var key = KeyOf(entry.InboxId, entry.MessageId);
        var unique = new EntryDocument("entry", "message:" + key, entry.At.UtcTicks, entry);
        var created = await threads.CreateAsync(unique, unique.Pk, cancellationToken);
        if (!created && (await threads.ReadAsync<EntryDocument>(unique.Id, unique.Pk, cancellationToken))?.Document.Entry.ConversationId != entry.ConversationId)
            return false;
        // Also after a conflict with this very entry: a record that stopped before its copy completes it now.
        var copy = new EntryDocument(key, "conversation:" + CosmosKeys.Escape(entry.ConversationId), entry.At.UtcTicks, entry);
        await threads.CreateAsync(copy, copy.Pk, cancellationToken);
        return created;
    }

    public async Task<string?> FindConversationAsync(string inboxId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        EntryDocument? latest = null;
        foreach (var messageId in messageIds.Distinct(StringComparer.Ordinal))
        {
            var found = await threads.ReadAsync<EntryDocument>("entry", "message:" + KeyOf(inboxId, messageId), cancellationToken);
            if (found is not null && (latest is null || found.Document.AtTicks > latest.AtTicks))
                latest = found.Document;
        }
        return latest?.Entry.ConversationId;
    }

    public async Task<IReadOnlyList<MailThreadEntry>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var partition = "conversation:" + CosmosKeys.Escape(conversationId);
        var documents = await threads.QueryAsync<EntryDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", partition), partition, int.MaxValue, cancellationToken);
        return [.. documents.OrderBy(d => d.AtTicks).Select(d => d.Entry)];
    }

    private static string KeyOf(string inboxId, string messageId) => CosmosKeys.Escape(inboxId + "\n" + messageId);

    private sealed record EntryDocument(string Id, string Pk, long AtTicks, MailThreadEntry Entry);
}
