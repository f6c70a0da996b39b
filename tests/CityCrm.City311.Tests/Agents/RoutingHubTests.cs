using System.Net;
using System.Reflection;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Agents;

/// <summary>The hub's routing methods: who may call them and what they answer. Offers themselves: <see cref="RoutingOfferTests"/>.</summary>
public sealed class RoutingHubTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    private async Task<(AgentSession Session, HubConnection Connection)> ConnectAsync(string user, string password)
    {
        var session = await factory.SignInAsync(user, password);
        var connection = factory.CreateHubConnection(session.Cookie);
        await connection.StartAsync();
        return (session, connection);
    }

    private static readonly string[] RoutingMethods =
        [nameof(AgentHub.GetPresence), nameof(AgentHub.SetPresence), nameof(AgentHub.SetAgentPresence), nameof(AgentHub.AcceptOffer), nameof(AgentHub.DeclineOffer)];

    [Fact]
    public void RoutingMethods_EachOne_NamesAStaffPolicyOfItsOwn()
    {
        foreach (var name in RoutingMethods)
        {
            var attribute = typeof(AgentHub).GetMethod(name)!.GetCustomAttribute<AuthorizeAttribute>();
            Assert.True(attribute?.Policy is AgentPolicies.Agent or AgentPolicies.Supervisor, $"{name} has no staff policy");
        }
        Assert.Equal(AgentPolicies.Supervisor, typeof(AgentHub).GetMethod(nameof(AgentHub.SetAgentPresence))!.GetCustomAttribute<AuthorizeAttribute>()!.Policy);
    }

    [Fact]
    public async Task RoutingMethods_Anonymous_ConnectionRefused()
    {
        await using var connection = factory.CreateHubConnection(cookie: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task RoutingMethods_EditorRole_ConnectionForbidden()
    {
        using var editor = await factory.SignInAsync(AgentAppFactory.EditorUser, AgentAppFactory.EditorPassword);
        await using var connection = factory.CreateHubConnection(editor.Cookie);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task GetPresence_AfterChoosingAway_ReturnsAwayAndConnected()
    {
        var (session, connection) = await ConnectAsync(AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        using var _ = session;
        await using var __ = connection;
        await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "away");

        var presence = await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.GetPresence));

        Assert.Equal("away", presence.Status);
        Assert.True(presence.Connected);
    }

    [Fact]
    public async Task SetPresence_Agent_ReturnsItAndPushesItToOtherConsoles()
    {
        var (supervisor, watching) = await ConnectAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        using var _ = supervisor;
        await using var __ = watching;
        var presences = new Pushes<AgentPresenceDto>(watching, nameof(IAgentClient.PresenceChanged));
        var (agent, connection) = await ConnectAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var ___ = agent;
        await using var ____ = connection;

        var set = await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "busy");

        Assert.Equal("busy", set.Status);
        var pushed = await presences.NextAsync(p => p.AgentId == set.AgentId && p.Status == "busy");
        Assert.True(pushed.Connected);
    }

    [Theory]
    [InlineData("sleeping")]
    [InlineData("1")]
    [InlineData("")]
    public async Task SetPresence_UnknownStatus_FailsWithHubException(string status)
    {
        var (session, connection) = await ConnectAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var _ = session;
        await using var __ = connection;

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), status));
    }

    [Fact]
    public async Task SetAgentPresence_Supervisor_SetsAnotherAgentsPresence()
    {
        var (agent, agentConnection) = await ConnectAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var _ = agent;
        await using var __ = agentConnection;
        var agentId = (await agentConnection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.GetPresence))).AgentId;
        var (supervisor, connection) = await ConnectAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        using var ___ = supervisor;
        await using var ____ = connection;

        var set = await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetAgentPresence), agentId, "offline");

        Assert.Equal((agentId, "offline"), (set.AgentId, set.Status));
        Assert.Equal("offline", (await agentConnection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.GetPresence))).Status);
    }

    [Fact]
    public async Task SetAgentPresence_PlainAgent_IsRefused()
    {
        var (session, connection) = await ConnectAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var _ = session;
        await using var __ = connection;
        var self = (await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.GetPresence))).AgentId;

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetAgentPresence), self, "available"));

        Assert.NotEqual("available", (await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.GetPresence))).Status);
    }

    [Theory]
    [InlineData(nameof(AgentHub.AcceptOffer))]
    [InlineData(nameof(AgentHub.DeclineOffer))]
    public async Task AnswerOffer_NothingOffered_FailsWithHubException(string method)
    {
        var id = await factory.CreateQueuedConversationAsync("Nadia Resident");
        var (session, connection) = await ConnectAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var _ = session;
        await using var __ = connection;

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(method, id));

        Assert.Equal("queued", (await session.GetAsync(id)).Conversation.Status);
    }

    [Fact]
    public async Task Disconnect_LastConsoleOfAnAvailableAgent_OthersSeeThemAway()
    {
        var (supervisor, watching) = await ConnectAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        using var _ = supervisor;
        await using var __ = watching;
        var presences = new Pushes<AgentPresenceDto>(watching, nameof(IAgentClient.PresenceChanged));
        var (agent, connection) = await ConnectAsync(AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        using var ___ = agent;
        var agentId = (await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "busy")).AgentId;

        await connection.DisposeAsync();

        // The first push of this console (connected, away until chosen) is skipped: only the drop is disconnected.
        var away = await presences.NextAsync(p => p.AgentId == agentId && !p.Connected);
        Assert.Equal("away", away.Status);
    }
}
