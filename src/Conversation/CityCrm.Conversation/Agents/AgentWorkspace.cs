using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Agents;

/// <summary>
/// Reads conversations as the agent console shows them: summaries with the resident's name, the
/// assignee's name and the latest message, and transcripts. Returns DTOs only, never entities.
/// </summary>
public sealed class AgentWorkspace(
    IConversationStore store, IAgentAccountStore accounts, IInboxRegistry inboxes, IOptions<RoutingOptions>? routing = null)
{
    /// <summary>How many conversations a list returns at most.</summary>
    public const int ListLimit = 100;

    private const int PreviewLength = 140;
    private const int PageSize = 500;

    public async Task<IReadOnlyList<ConversationSummaryDto>> ListAsync(ConversationFilter filter, string agentId, CancellationToken cancellationToken)
    {
        ConversationStatus[] statuses = filter switch
        {
            ConversationFilter.Queued => [ConversationStatus.Queued],
            ConversationFilter.Assigned or ConversationFilter.Mine => [ConversationStatus.Assigned],
            _ => Enum.GetValues<ConversationStatus>(),
        };
        var conversations = await store.ListAsync(statuses, ListLimit, cancellationToken);
        var summaries = new List<ConversationSummaryDto>(conversations.Count);
        foreach (var conversation in conversations)
        {
            if (filter == ConversationFilter.Mine && conversation.AssigneeId != agentId)
                continue;
            summaries.Add(await SummarizeAsync(conversation, cancellationToken));
        }
        return summaries;
    }

    public async Task<ConversationSummaryDto?> GetSummaryAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetAsync(conversationId, cancellationToken) is { } conversation
            ? await SummarizeAsync(conversation, cancellationToken)
            : null;

    public async Task<ConversationSummaryDto> SummarizeAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var contact = await store.GetContactAsync(conversation.ContactId, cancellationToken);
        var assignee = conversation.AssigneeId is { } id ? await accounts.GetAsync(id, cancellationToken) : null;
        var transcript = await ReadAllAsync(conversation.Id, cancellationToken);
        var last = transcript.LastOrDefault(m => !string.IsNullOrWhiteSpace(m.Text));
        var firstResponse = conversation.QueuedAt is { } queuedAt
            ? transcript.FirstOrDefault(m => m.AuthorKind == AuthorKind.Agent && !m.IsPrivate && m.CreatedAt >= queuedAt)?.CreatedAt
            : null;
        return new ConversationSummaryDto(
            conversation.Id,
            conversation.ChannelId,
            inboxes.Find(conversation.InboxId)?.Name,
            contact?.DisplayName ?? transcript.FirstOrDefault(m => m.AuthorKind == AuthorKind.Contact && m.AuthorName is not null)?.AuthorName,
            StatusName(conversation.Status),
            conversation.AssigneeId,
            assignee?.DisplayName,
            conversation.HandoffReason,
            conversation.QueuedAt,
            conversation.UpdatedAt,
            last is null ? null : Preview(last.Text!),
            last?.CreatedAt,
            conversation.Queue,
            firstResponse,
            conversation.Queue is null ? null : (int)(routing?.Value ?? new RoutingOptions()).SlaTargetOf(conversation.Queue).TotalSeconds,
            conversation.Disposition);
    }

    public async Task<IReadOnlyList<MessageDto>> GetTranscriptAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadAllAsync(conversationId, cancellationToken)).Select(MessageDto.From).ToList();

    /// <summary>The transcript's messages after <paramref name="afterSequence"/>, in order (what a reconnecting console missed).</summary>
    public async Task<IReadOnlyList<MessageDto>> GetTranscriptAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken) =>
        (await ReadAllAsync(conversationId, cancellationToken, afterSequence)).Select(MessageDto.From).ToList();

    public static string StatusName(ConversationStatus status) => status switch
    {
        ConversationStatus.BotOwned => "bot",
        ConversationStatus.Queued => "queued",
        ConversationStatus.Assigned => "assigned",
        _ => "resolved",
    };

    private async Task<List<Message>> ReadAllAsync(string conversationId, CancellationToken cancellationToken, long afterSequence = 0)
    {
        var all = new List<Message>();
        while (true)
        {
            var page = await store.GetMessagesAsync(conversationId, all.Count == 0 ? afterSequence : all[^1].Sequence, PageSize, cancellationToken);
            all.AddRange(page);
            if (page.Count < PageSize)
                return all;
        }
    }

    private static string Preview(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= PreviewLength ? flat : flat[..(PreviewLength - 1)] + "…";
    }
}
