using CityCrm.Conversations.Model;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// A person's thread a page at a time: one single-partition query per conversation of the contact (from the pointers
/// in the contact's partition), each bounded by the cursor and a page long, merged in thread order.
/// </summary>
internal sealed class CosmosThreadReader(CosmosCollection conversations, CosmosCollection contacts)
{
    public async Task<IReadOnlyList<ThreadMessage>> ReadAsync(string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var pointers = await PointersAsync(contactId, cancellationToken);
        var pages = await Task.WhenAll(pointers.Select(p => PageAsync(p, before, limit, cancellationToken)));
        return [.. pages.SelectMany(p => p)
            .OrderByDescending(m => m.Message.CreatedAt.UtcTicks)
            .ThenByDescending(m => m.Message.ConversationId, StringComparer.Ordinal)
            .ThenByDescending(m => m.Message.Sequence)
            .Take(limit)];
    }

    /// <summary>The contact's conversation pointers, from the contact's own partition.</summary>
    public Task<List<ConversationPointer>> PointersAsync(string contactId, CancellationToken cancellationToken) =>
        contacts.QueryAsync<ConversationPointer>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", contactId).WithParameter("@type", ConversationPointer.Kind),
            contactId, 10_000, cancellationToken);

    private async Task<IEnumerable<ThreadMessage>> PageAsync(ConversationPointer pointer, ThreadPosition? before, int limit, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.threadKey < @bound ORDER BY c.threadKey DESC")
            .WithParameter("@pk", pointer.ConversationId).WithParameter("@type", MessageDocument.Kind).WithParameter("@bound", Bound(pointer.ConversationId, before));
        var documents = await conversations.QueryAsync<MessageDocument>(query, pointer.ConversationId, limit, cancellationToken);
        return documents.Select(d => new ThreadMessage(pointer.ChannelId, d.ToMessage()));
    }

    // The thread orders by (time, conversation, sequence); within one conversation that is its key (time, sequence)
    // below a bound that depends on how the conversation compares with the cursor's.
    private static string Bound(string conversationId, ThreadPosition? before)
    {
        if (before is null)
            return ConversationKeys.Sort(long.MaxValue, long.MaxValue);
        var ticks = before.CreatedAt.UtcTicks;
        var order = string.CompareOrdinal(conversationId, before.ConversationId);
        return order < 0 ? ConversationKeys.Sort(ticks + 1, 0)
            : order == 0 ? ConversationKeys.Sort(ticks, before.Sequence)
            : ConversationKeys.Sort(ticks, 0);
    }
}
