using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Agents;

/// <summary>
/// Automatic offers end to end through the host and the hub. Each test has its own host: presence and offers are
/// per host, and another test's queued conversations would be offered first.
/// </summary>
public sealed class RoutingOfferTests
{
    private sealed record Console(AgentSession Session, HubConnection Connection, Pushes<RoutingOfferDto> Offers, Pushes<string> Withdrawn, string AgentId)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            Session.Dispose();
        }
    }

    private static async Task<Console> AvailableAsync(AgentAppFactory factory, string user, string password)
    {
        var session = await factory.SignInAsync(user, password);
        var connection = factory.CreateHubConnection(session.Cookie);
        var offers = new Pushes<RoutingOfferDto>(connection, nameof(IAgentClient.OfferMade));
        var withdrawn = new Pushes<string>(connection, nameof(IAgentClient.OfferWithdrawn));
        await connection.StartAsync();
        var presence = await connection.InvokeAsync<AgentPresenceDto>(nameof(AgentHub.SetPresence), "available");
        return new Console(session, connection, offers, withdrawn, presence.AgentId);
    }

    [Fact]
    public async Task HandOff_AgentAvailable_OfferedThenAcceptedAssignsIt()
    {
        await using var factory = new AgentAppFactory();
        await using var agent = await AvailableAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var id = await factory.CreateQueuedConversationAsync("Omar Resident");

        var offer = await agent.Offers.NextAsync(o => o.ConversationId == id);
        Assert.Equal("general/en", offer.Conversation.Queue);
        Assert.Equal(30, offer.TimeoutSeconds);
        var accepted = await agent.Connection.InvokeAsync<ConversationSummaryDto>(nameof(AgentHub.AcceptOffer), id);
        Assert.Equal(("assigned", agent.AgentId), (accepted.Status, accepted.AssigneeId));
        var transcript = (await agent.Session.GetAsync(id)).Transcript;
        Assert.Contains(transcript, m => m.Text == "Alex Agent joined the conversation.");
    }

    [Fact]
    public async Task HandOff_SpanishSpeakingResident_OfferedToTheAgentWhoSpeaksSpanish()
    {
        await using var factory = new AgentAppFactory();
        await using var english = await AvailableAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var spanish = await AvailableAsync(factory, AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        var conversation = await factory.Conversations.StartAsync("web", "user-" + Guid.NewGuid().ToString("N"), "Pilar", null, CancellationToken.None);
        await factory.WaitForGreetingAsync(conversation.Id);
        await factory.Services.GetRequiredService<IConversationStore>().SetContactLanguageAsync(conversation.ContactId, "es", CancellationToken.None);

        await factory.Conversations.HandOffAsync(conversation.Id, "asked for a person", CancellationToken.None);

        var offer = await spanish.Offers.NextAsync(o => o.ConversationId == conversation.Id);
        Assert.Equal("general/es", offer.Conversation.Queue);
        await spanish.Connection.InvokeAsync<ConversationSummaryDto>(nameof(AgentHub.AcceptOffer), conversation.Id);
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(
            () => english.Connection.InvokeAsync<ConversationSummaryDto>(nameof(AgentHub.AcceptOffer), conversation.Id));
    }

    [Fact]
    public async Task Decline_TwoAgentsAvailable_OfferGoesToTheOtherAgent()
    {
        await using var factory = new AgentAppFactory();
        await using var first = await AvailableAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var second = await AvailableAsync(factory, AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        var id = await factory.CreateQueuedConversationAsync("Rosa Resident");
        // Both fit general/en with equal room; whoever was idle longer (the first to become available) is asked first.
        await first.Offers.NextAsync(o => o.ConversationId == id);

        await first.Connection.InvokeAsync(nameof(AgentHub.DeclineOffer), id);

        Assert.Equal(id, await first.Withdrawn.NextAsync(c => c == id));
        var offer = await second.Offers.NextAsync(o => o.ConversationId == id);
        Assert.Equal("queued", offer.Conversation.Status);
    }

    [Fact]
    public async Task Offer_NotAnsweredInTime_LapsesAndGoesToTheNextAgent()
    {
        await using var factory = new AgentAppFactory(new Dictionary<string, string> { ["Routing:OfferTimeout"] = "00:00:01" });
        await using var first = await AvailableAsync(factory, AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var second = await AvailableAsync(factory, AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);

        var id = await factory.CreateQueuedConversationAsync("Tomas Resident");

        await first.Offers.NextAsync(o => o.ConversationId == id);
        Assert.Equal(id, await first.Withdrawn.NextAsync(c => c == id));
        await second.Offers.NextAsync(o => o.ConversationId == id);
    }

    [Fact]
    public async Task Take_WhileOfferedToSomeoneElse_TheirOfferIsWithdrawn()
    {
        await using var factory = new AgentAppFactory();
        await using var offered = await AvailableAsync(factory, AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        var id = await factory.CreateQueuedConversationAsync("Ugo Resident");
        await offered.Offers.NextAsync(o => o.ConversationId == id);

        var take = await supervisor.TakeAsync(id);

        take.EnsureSuccessStatusCode();
        Assert.Equal(id, await offered.Withdrawn.NextAsync(c => c == id));
    }
}
