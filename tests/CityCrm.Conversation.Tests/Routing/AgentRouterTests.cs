using CityCrm.Conversations.Events;
using CityCrm.Conversations.Routing;
using CityCrm.Conversations.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Routing;

public sealed class AgentRouterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly AgentSkills English = new(["general"], ["en"], new Dictionary<string, int>());
    private static readonly AgentSkills Bilingual = new(["general"], ["en", "es"], new Dictionary<string, int>());

    private readonly FakeTimeProvider clock = new(T0);
    private readonly InMemoryRoutingStore store = new();
    private readonly RecordingRoutingNotifier notifier = new();
    private readonly OfferBook offers = new();
    private readonly AgentPresence presence;
    private readonly AgentRouter router;

    public AgentRouterTests()
    {
        var options = Options.Create(new RoutingOptions { OfferTimeout = TimeSpan.FromSeconds(30), DeclineCooldown = TimeSpan.FromMinutes(2) });
        presence = new AgentPresence(clock, options);
        router = new AgentRouter(store, presence, offers, notifier, options, clock, NullLogger<AgentRouter>.Instance);
    }

    private void Available(string id, AgentSkills skills)
    {
        store.Agents.Add(new RoutableAgent(id, id, skills));
        presence.Connect(id, "conn-" + id);
        presence.Set(id, PresenceStatus.Available);
    }

    private void Queue(string id, string queue = "general/en") => store.Queued.Add(new QueuedConversation(id, "webchat", queue, T0));

    [Fact]
    public async Task RouteAsync_SpanishConversation_OffersItToTheSpanishSpeakingAgent()
    {
        Available("anna", English);
        Available("lucia", Bilingual);
        Queue("c1", "general/es");

        await router.RouteAsync(CancellationToken.None);

        var offer = Assert.Single(notifier.Offers);
        Assert.Equal(("c1", "lucia"), (offer.ConversationId, offer.AgentId));
        Assert.Equal(T0.AddSeconds(30), offer.ExpiresAt);
    }

    [Fact]
    public async Task RouteAsync_AgentHoldingMore_OfferGoesToTheOneWithMoreRoom()
    {
        Available("anna", English);
        Available("lucia", Bilingual);
        store.Load.Add(new AgentLoad("lucia", "webchat", 2));
        Queue("c1");

        await router.RouteAsync(CancellationToken.None);

        Assert.Equal("anna", Assert.Single(notifier.Offers).AgentId);
    }

    [Fact]
    public async Task RouteAsync_NobodyAvailable_OffersNothingAndKeepsItQueued()
    {
        store.Agents.Add(new RoutableAgent("anna", "anna", English));
        presence.Connect("anna", "conn-anna");
        Queue("c1");

        await router.RouteAsync(CancellationToken.None);

        Assert.Empty(notifier.Offers);
        Assert.False(offers.IsOffered("c1"));
    }

    [Fact]
    public async Task RouteAsync_PendingOffersFillAnAgent_NextConversationGoesToSomeoneElse()
    {
        Available("anna", new AgentSkills(["general"], ["en"], new Dictionary<string, int> { ["chat"] = 1 }));
        Queue("c1");
        await router.RouteAsync(CancellationToken.None);
        Available("ben", new AgentSkills(["general"], ["en"], new Dictionary<string, int> { ["chat"] = 1 }));
        Queue("c2");

        await router.RouteAsync(CancellationToken.None);

        Assert.Equal([("c1", "anna"), ("c2", "ben")], notifier.Offers.Select(o => (o.ConversationId, o.AgentId)));
    }

    [Fact]
    public async Task TickAsync_OfferLapsed_WithdrawnAndOfferedToTheNextAgentNotTheSameOne()
    {
        Available("anna", English);
        clock.Advance(TimeSpan.FromMinutes(1));
        Available("ben", English);
        Queue("c1");
        await router.RouteAsync(CancellationToken.None);
        Assert.Equal("anna", notifier.Offers[0].AgentId);

        clock.Advance(TimeSpan.FromSeconds(31));
        await router.TickAsync(CancellationToken.None);

        Assert.Equal("anna", Assert.Single(notifier.Withdrawn).AgentId);
        Assert.Equal("ben", notifier.Offers[1].AgentId);
    }

    [Fact]
    public async Task TickAsync_OnlyAgentLetItLapse_NotOfferedAgainUntilTheCooldownEnds()
    {
        Available("anna", English);
        Queue("c1");
        await router.RouteAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(31));
        await router.TickAsync(CancellationToken.None);
        Assert.Single(notifier.Offers);

        clock.Advance(TimeSpan.FromMinutes(2));
        await router.TickAsync(CancellationToken.None);

        Assert.Equal(2, notifier.Offers.Count);
    }

    [Fact]
    public async Task HandleAsync_TakenByAnotherAgent_WithdrawsTheOpenOffer()
    {
        Available("anna", English);
        Queue("c1");
        await router.RouteAsync(CancellationToken.None);

        await router.HandleAsync(new ConversationAssigned("c1", "ben", T0), CancellationToken.None);

        Assert.Equal("anna", Assert.Single(notifier.Withdrawn).AgentId);
        Assert.False(offers.IsOffered("c1"));
    }
}
