using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Supervision;

/// <summary>
/// The supervisor dashboard's live channel (<c>/hubs/supervisor</c>), for supervisors and admins only. A new
/// connection gets the counters at once; after that <see cref="SupervisorBroadcaster"/> pushes them as they change.
/// </summary>
[Authorize(Policy = AgentPolicies.Supervisor)]
public sealed class SupervisorHub(SupervisorCounters counters, SupervisorAudience audience) : Hub<ISupervisorClient>
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/supervisor";

    /// <summary>The group every dashboard connection joins.</summary>
    public const string Group = "supervisors";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group, Context.ConnectionAborted);
        await Clients.Caller.CountersChanged(await counters.CountAsync(Context.ConnectionAborted));
        // Counted last: a connection that fails to start never reaches OnDisconnectedAsync to be counted out.
        audience.Joined();
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        audience.Left();
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The counters now, for a dashboard that wants them without waiting for a push.</summary>
    [Authorize(Policy = AgentPolicies.Supervisor)]
    public Task<SupervisorCountersDto> Counters() => counters.CountAsync(Context.ConnectionAborted);
}
