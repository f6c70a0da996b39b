using CityCrm.Conversations.Cases;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Cases;

/// <summary>
/// Conversation-to-case links on Cosmos DB, in the conversation's own partition of <c>conversations</c> (id
/// <c>l:{reference}</c>): linking is one create that keeps the first link (409: already linked), and a conversation's
/// links are one single-partition query.
/// </summary>
public sealed class CosmosConversationCaseLinks(CosmosStorage storage) : IConversationCaseLinks
{
    /// <summary>The container the links live in (the conversations container).</summary>
    public static readonly CosmosContainerSpec Container = CosmosConversationStore.ConversationsContainer;

    private const string Kind = "case-link";

    private readonly CosmosCollection conversations = storage.Collection(Container.Name);

    public Task<bool> LinkAsync(ConversationCaseLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var document = new LinkDocument("l:" + CosmosKeys.Escape(link.CaseReference), link.ConversationId, Kind, link.LinkedAt.UtcTicks, link);
        return conversations.CreateAsync(document, document.Pk, cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationCaseLink>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var links = await conversations.QueryAsync<LinkDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", conversationId).WithParameter("@type", Kind),
            conversationId, 10_000, cancellationToken);
        return [.. links.OrderBy(l => l.LinkedTicks).ThenBy(l => l.Link.CaseReference, StringComparer.Ordinal).Select(l => l.Link)];
    }

    private sealed record LinkDocument(string Id, string Pk, string Type, long LinkedTicks, ConversationCaseLink Link);
}
