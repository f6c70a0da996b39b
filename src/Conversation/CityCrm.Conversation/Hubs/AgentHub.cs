using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

/// <summary>
/// The agent console's live channel (<c>/hubs/agent</c>). Staff only: the transcripts pushed here
/// include private notes. Every connection hears queue changes; a connection hears a conversation's
/// messages and typing signals after it calls <see cref="Watch"/> or <see cref="WatchAfter"/>.
/// </summary>
[Authorize(Policy = AgentPolicies.Agent)]
public sealed partial class AgentHub(
    AgentWorkspace workspace, IConversationStore store, IEventPublisher events, TypingThrottle throttle, TimeProvider clock, RoutingDesk routing)
    : Hub<IAgentClient>
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/agent";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.All, Context.ConnectionAborted);
        await routing.ConnectedAsync(Context.UserIdentifier!, Context.ConnectionId, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // The connection is gone: its own token is already cancelled, and presence must still be updated.
        await routing.DisconnectedAsync(Context.UserIdentifier!, Context.ConnectionId, CancellationToken.None);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Starts pushing the conversation's new messages to this connection and returns the transcript so far.</summary>
    public Task<IReadOnlyList<MessageDto>> Watch(string conversationId) => WatchAfter(conversationId, 0);

    /// <summary>
    /// Starts pushing the conversation's new messages to this connection and returns those after
    /// <paramref name="afterSequence"/>: a console that reconnects passes the last sequence it holds and gets exactly what it missed.
    /// </summary>
    public async Task<IReadOnlyList<MessageDto>> WatchAfter(string conversationId, long afterSequence)
    {
        var cancellationToken = Context.ConnectionAborted;
        if (afterSequence < 0)
            throw new HubException("The sequence cannot be negative.");
        if (await store.GetAsync(conversationId, cancellationToken) is null)
            throw new HubException("That conversation does not exist.");
        // Join before reading, so a message appended in between arrives at least once; the client dedupes by sequence.
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.Conversation(conversationId), cancellationToken);
        return await workspace.GetTranscriptAfterAsync(conversationId, afterSequence, cancellationToken);
    }

    /// <summary>Stops pushing the conversation's messages to this connection.</summary>
    public Task Unwatch(string conversationId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, AgentGroups.Conversation(conversationId), Context.ConnectionAborted);

    /// <summary>
    /// The agent is typing a reply: the resident sees it where the channel can show it. Only the assigned agent
    /// speaks to the resident, so only they may signal it.
    /// </summary>
    public async Task Typing(string conversationId)
    {
        var cancellationToken = Context.ConnectionAborted;
        var agentId = Context.User!.GetAgentId();
        var conversation = await store.GetAsync(conversationId, cancellationToken)
            ?? throw new HubException("That conversation does not exist.");
        if (conversation.Status != ConversationStatus.Assigned || conversation.AssigneeId != agentId)
            throw new HubException("Only the assigned agent may reply in this conversation.");
        if (!throttle.TryPass($"agent:{conversationId}:{agentId}"))
            return;
        await events.PublishAsync(
            new AgentTyping(conversationId, conversation.InboxId, agentId, Context.User!.GetDisplayName(), clock.GetUtcNow()), cancellationToken);
    }
}
