using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Supervision;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Supervision;

/// <summary>
/// The dashboard fed by routing, through both hubs: an agent's presence and the offers and transfers that move a
/// conversation reach a connected dashboard. Each test has its own host, since presence and offers are per host.
/// </summary>
public sealed class DashboardRoutingTests
{
    private sealed record Staff(AgentSession Session, HubConnection Connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            Session.Dispose();
        }
    }

    private static async Task<(Staff Staff, Pushes<SupervisorCountersDto> Counters)> DashboardAsync(AgentAppFactory factory)
    {
        var session = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        var connection = factory.CreateSupervisorHubConnection(session.Cookie);
        var counters = new Pushes<SupervisorCountersDto>(connection, nameof(ISupervisorClient.CountersChanged));
        await connection.StartAsync();
        return (new Staff(session, connection), counters);
    }

    private static async Task<Staff> ConsoleAsync(AgentAppFactory factory, string user, string password)
    {
        var session = await factory.SignInAsync(user, password);
        var connection = factory.CreateHubConnection(session.Cookie);
        await connection.StartAsync();
        return new Staff(session, connection);
    }

    private static int Agents(SupervisorCountersDto counters, string presence) =>
        counters.Agents.SingleOrDefault(a => a.Presence == presence)?.Agents ?? 0;

    private static QueueCounter? Queue(SupervisorCountersDto counters, string queue) =>
        counters.Queues.SingleOrDefault(q => q.Queue == queue);

    [Fact]
    public async Task SetPresence_AgentBecomesAvailable_DashboardCountsThemAvailable()
    {
        await using var factory = new AgentAppFactory();
        var (dashboard, counters) = await DashboardAsync(factory);
        await using var _ = dashboard;
        var before = await counters.NextAsync(_ => true);
        Assert.Equal(0, Agents(before, "available"));
        await using var agent = await ConsoleAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        await agent.Connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "available");

        var after = await counters.NextAsync(c => Agents(c, "available") == 1);
        Assert.Equal(Agents(before, "offline") - 1, Agents(after, "offline"));
    }

    [Fact]
    public async Task Disconnect_LastConsoleOfAnAvailableAgent_DashboardCountsThemAway()
    {
        await using var factory = new AgentAppFactory();
        var (dashboard, counters) = await DashboardAsync(factory);
        await using var _ = dashboard;
        var agent = await ConsoleAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await agent.Connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "available");
        await counters.NextAsync(c => Agents(c, "available") == 1);

        await agent.DisposeAsync();

        var after = await counters.NextAsync(c => Agents(c, "available") == 0);
        Assert.Equal(1, Agents(after, "away"));
    }

    [Fact]
    public async Task Offer_AcceptedByTheAgent_DashboardShowsItOfferedThenNoLongerWaiting()
    {
        await using var factory = new AgentAppFactory();
        var (dashboard, counters) = await DashboardAsync(factory);
        await using var _ = dashboard;
        await using var agent = await ConsoleAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var offers = new Pushes<RoutingOfferDto>(agent.Connection, nameof(IAgentClient.OfferMade));
        await agent.Connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "available");

        var id = await factory.CreateQueuedConversationAsync("Dana Resident");

        var offered = await counters.NextAsync(c => Queue(c, "general/en") is { Waiting: 1, Offered: 1 });
        Assert.Equal(120, Queue(offered, "general/en")!.SlaTargetSeconds);
        await offers.NextAsync(o => o.ConversationId == id);
        await agent.Connection.InvokeAsync<ConversationSummaryDto>(nameof(AgentHub.AcceptOffer), id);
        var accepted = await counters.NextAsync(c => Queue(c, "general/en") is { Waiting: 0 });
        Assert.Equal(0, Queue(accepted, "general/en")!.Offered);
    }

    [Fact]
    public async Task Transfer_ToAnotherQueue_DashboardMovesItThereWithThatQueuesTarget()
    {
        await using var factory = new AgentAppFactory();
        var (dashboard, counters) = await DashboardAsync(factory);
        await using var _ = dashboard;
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await factory.CreateQueuedConversationAsync("Ezra Resident");
        await counters.NextAsync(c => Queue(c, "general/en") is { Waiting: 1 });
        Assert.True((await agent.TakeAsync(id)).IsSuccessStatusCode);

        var moved = await agent.TransferAsync(id, agentId: null, queue: "public-works/en", note: "Road question");

        Assert.True(moved.IsSuccessStatusCode);
        var after = await counters.NextAsync(c => Queue(c, "public-works/en") is { Waiting: 1 });
        Assert.Equal(0, Queue(after, "general/en")!.Waiting);
        Assert.Equal(300, Queue(after, "public-works/en")!.SlaTargetSeconds);
    }
}
