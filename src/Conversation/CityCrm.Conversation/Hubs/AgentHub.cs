using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

/// <summary>
/// The agent console's live channel (<c>/hubs/agent</c>). Staff only: the transcripts pushed here
/// include private notes. Every connection hears queue changes; a connection hears a conversation's
/// messages after it calls <see cref="Watch"/>.
/// </summary>
[Authorize(Policy = AgentPolicies.Agent)]
public sealed partial class AgentHub(AgentWorkspace workspace, RoutingDesk routing) : Hub<IAgentClient>
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
    public async Task<IReadOnlyList<MessageDto>> Watch(string conversationId)
    {
        var cancellationToken = Context.ConnectionAborted;
        if (await workspace.GetSummaryAsync(conversationId, cancellationToken) is null)
            throw new HubException("That conversation does not exist.");
        // Join before reading, so a message appended in between arrives at least once; the client dedupes by sequence.
        await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroups.Conversation(conversationId), cancellationToken);
        return await workspace.GetTranscriptAsync(conversationId, cancellationToken);
    }

    /// <summary>Stops pushing the conversation's messages to this connection.</summary>
    public Task Unwatch(string conversationId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, AgentGroups.Conversation(conversationId), Context.ConnectionAborted);
}
