using System.Net;
using System.Threading.Channels;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Agents;

public sealed class AgentHubTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Connect_Anonymous_IsRefused()
    {
        await using var connection = factory.CreateHubConnection(cookie: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task HandOff_SignedInAgentConnected_ReceivesConversationChangedAsQueued()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var changes = Channel.CreateUnbounded<ConversationSummaryDto>();
        connection.On<ConversationSummaryDto>(nameof(IAgentClient.ConversationChanged), c => changes.Writer.TryWrite(c));
        await connection.StartAsync();

        var id = await factory.CreateQueuedConversationAsync("Hana Resident");

        var queued = await NextAsync(changes, c => c.Id == id && c.Status == "queued");
        Assert.Equal("Hana Resident", queued.ContactName);
        Assert.Equal("asked for a person", queued.HandoffReason);
    }

    [Fact]
    public async Task Take_SignedInAgentConnected_ReceivesConversationChangedAsAssigned()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var changes = Channel.CreateUnbounded<ConversationSummaryDto>();
        connection.On<ConversationSummaryDto>(nameof(IAgentClient.ConversationChanged), c => changes.Writer.TryWrite(c));
        await connection.StartAsync();
        var id = await factory.CreateQueuedConversationAsync("Ivo Resident");

        await agent.TakeAsync(id);

        var assigned = await NextAsync(changes, c => c.Id == id && c.Status == "assigned");
        Assert.Equal("Alex Agent", assigned.AssigneeName);
    }

    [Fact]
    public async Task Watch_ThenResidentWritesAndNoteAdded_ReturnsTranscriptAndPushesBothMessages()
    {
        var id = await factory.CreateQueuedConversationAsync("June Resident");
        await factory.ResidentSaysAsync(id, "Is anyone there?");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var messages = Channel.CreateUnbounded<MessageDto>();
        connection.On<MessageDto>(nameof(IAgentClient.MessageAdded), m => messages.Writer.TryWrite(m));
        await connection.StartAsync();

        var transcript = await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), id);
        await factory.ResidentSaysAsync(id, "Hello? <b>anyone</b>");
        await agent.ReplyAsync(id, "Resident sounds worried.", isPrivate: true);

        Assert.Contains(transcript, m => m.Author == "resident" && m.Text == "Is anyone there?");
        var fromResident = await NextAsync(messages, m => m.Author == "resident" && m.Sequence > transcript[^1].Sequence);
        Assert.Equal("Hello? <b>anyone</b>", fromResident.Text);
        Assert.Equal(id, fromResident.ConversationId);
        var note = await NextAsync(messages, m => m.Author == "agent");
        Assert.True(note.Private);
    }

    [Fact]
    public async Task MessageAdded_ConversationNotWatched_IsNotPushed()
    {
        var watched = await factory.CreateQueuedConversationAsync("Kim Resident");
        var other = await factory.CreateQueuedConversationAsync("Lou Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var messages = Channel.CreateUnbounded<MessageDto>();
        connection.On<MessageDto>(nameof(IAgentClient.MessageAdded), m => messages.Writer.TryWrite(m));
        await connection.StartAsync();
        await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), watched);

        await factory.ResidentSaysAsync(other, "Not for this agent's pane");
        await factory.ResidentSaysAsync(watched, "For the watched pane");

        // Pushes to one connection arrive in order, so the second message coming first proves the first was never sent.
        var first = await NextAsync(messages, _ => true);
        Assert.Equal(watched, first.ConversationId);
    }

    [Fact]
    public async Task Watch_UnknownConversation_FailsWithHubException()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), "no-such-conversation"));
    }

    private static async Task<T> NextAsync<T>(Channel<T> channel, Func<T, bool> match)
    {
        using var timeout = new CancellationTokenSource(PushTimeout);
        await foreach (var item in channel.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(item))
                return item;
        }
        throw new InvalidOperationException("The channel closed.");
    }
}
