using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

// The routing side of the hub: presence and offers. Each method names its policy, so none depends on the class's.
public sealed partial class AgentHub
{
    /// <summary>The calling agent's presence.</summary>
    [Authorize(Policy = AgentPolicies.Agent)]
    public AgentPresenceDto GetPresence() => AgentPresenceDto.From(routing.GetPresence(Context.UserIdentifier!));

    /// <summary>Sets the calling agent's presence: "available", "busy", "away" or "offline".</summary>
    [Authorize(Policy = AgentPolicies.Agent)]
    public async Task<AgentPresenceDto> SetPresence(string status) =>
        AgentPresenceDto.From(await routing.SetPresenceAsync(Context.UserIdentifier!, ParseStatus(status), Context.ConnectionAborted));

    /// <summary>A supervisor sets another agent's presence (e.g. offline for someone who left without signing out).</summary>
    [Authorize(Policy = AgentPolicies.Supervisor)]
    public async Task<AgentPresenceDto> SetAgentPresence(string agentId, string status)
    {
        if (string.IsNullOrWhiteSpace(agentId))
            throw new HubException("Name the agent.");
        return AgentPresenceDto.From(await routing.SetPresenceAsync(agentId, ParseStatus(status), Context.ConnectionAborted));
    }

    /// <summary>Takes a conversation offered to the calling agent; returns it, now assigned to them.</summary>
    [Authorize(Policy = AgentPolicies.Agent)]
    public async Task<ConversationSummaryDto> AcceptOffer(string conversationId)
    {
        var cancellationToken = Context.ConnectionAborted;
        try
        {
            var user = Context.User!;
            var conversation = await routing.AcceptAsync(user.GetAgentId(), user.GetDisplayName(), conversationId, cancellationToken);
            return await workspace.SummarizeAsync(conversation, cancellationToken);
        }
        catch (Exception ex) when (ex is OfferUnavailableException or InvalidTransitionException or ConcurrencyConflictException)
        {
            throw new HubException("That conversation is no longer offered to you.");
        }
    }

    /// <summary>Turns down a conversation offered to the calling agent; the next agent is asked.</summary>
    [Authorize(Policy = AgentPolicies.Agent)]
    public async Task DeclineOffer(string conversationId)
    {
        try
        {
            await routing.DeclineAsync(Context.UserIdentifier!, conversationId, Context.ConnectionAborted);
        }
        catch (OfferUnavailableException)
        {
            throw new HubException("That conversation is no longer offered to you.");
        }
    }

    private static PresenceStatus ParseStatus(string? status) =>
        AgentPresenceDto.TryParse(status, out var parsed) ? parsed : throw new HubException("Use available, busy, away or offline.");
}
