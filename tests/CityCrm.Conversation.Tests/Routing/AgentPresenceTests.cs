using CityCrm.Conversations.Routing;
using CityCrm.Conversations.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Routing;

public sealed class AgentPresenceTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly AgentPresence presence;

    public AgentPresenceTests() =>
        presence = new AgentPresence(clock, Options.Create(new RoutingOptions { PresenceGrace = TimeSpan.FromMinutes(2) }));

    [Fact]
    public void Connect_FirstTime_IsAwayUntilTheAgentChooses()
    {
        var state = presence.Connect("a", "conn-1");

        Assert.Equal(PresenceStatus.Away, state?.Status);
        Assert.True(state?.Connected);
    }

    [Fact]
    public void Disconnect_LastConnection_AwayThenOfflineAfterGrace()
    {
        presence.Connect("a", "conn-1");
        presence.Set("a", PresenceStatus.Available);

        Assert.Equal(PresenceStatus.Away, presence.Disconnect("a", "conn-1")?.Status);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(presence.ExpireGrace());
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(PresenceStatus.Offline, Assert.Single(presence.ExpireGrace()).Status);
    }

    [Fact]
    public void Disconnect_AnotherConnectionOpen_StaysAvailable()
    {
        presence.Connect("a", "conn-1");
        presence.Connect("a", "conn-2");
        presence.Set("a", PresenceStatus.Available);

        Assert.Null(presence.Disconnect("a", "conn-1"));
        Assert.Equal(PresenceStatus.Available, presence.Get("a").Status);
    }

    [Fact]
    public void Connect_AfterDropAndOffline_BackToWhatTheAgentChose()
    {
        presence.Connect("a", "conn-1");
        presence.Set("a", PresenceStatus.Busy);
        presence.Disconnect("a", "conn-1");
        clock.Advance(TimeSpan.FromMinutes(5));
        presence.ExpireGrace();

        Assert.Equal(PresenceStatus.Busy, presence.Connect("a", "conn-2")?.Status);
    }

    [Fact]
    public void Set_Available_RestartsIdleTime()
    {
        presence.Connect("a", "conn-1");
        clock.Advance(TimeSpan.FromMinutes(3));

        var state = presence.Set("a", PresenceStatus.Available);

        Assert.Equal(clock.GetUtcNow(), state.IdleSince);
    }
}
