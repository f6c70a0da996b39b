using System.Threading.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.DirectLine;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Console;

/// <summary>Typing both ways between a resident in Web Chat (Direct Line) and agents on the hub.</summary>
public sealed class ConsoleTypingTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ResidentTyping_AgentWatching_ReceivesResidentTypingSignal()
    {
        var client = new DirectLineClient(factory.CreateClient());
        var chat = await client.StartAsync();
        await HandOffAsync(chat.ConversationId);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var signals = Channel.CreateUnbounded<TypingDto>();
        connection.On<TypingDto>(nameof(IAgentClient.Typing), t => signals.Writer.TryWrite(t));
        await connection.StartAsync();
        await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), chat.ConversationId);

        var posted = await client.PostActivityAsync(chat.ConversationId, chat.Token, """{"type":"typing","from":{"id":"x","role":"user"}}""");

        posted.EnsureSuccessStatusCode();
        using var timeout = new CancellationTokenSource(PushTimeout);
        var typing = await signals.Reader.ReadAsync(timeout.Token);
        Assert.Equal(chat.ConversationId, typing.ConversationId);
        Assert.Equal("resident", typing.Author);
        Assert.True(typing.ExpiresInSeconds > 0);
        Assert.DoesNotContain((await agent.GetAsync(chat.ConversationId)).Transcript, m => m.Author == "resident");
    }

    [Fact]
    public async Task Typing_AgentNotAssigned_IsRefused()
    {
        var id = await factory.CreateQueuedConversationAsync("Sol Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(AgentHub.Typing), id));

        Assert.Contains("assigned agent", error.Message);
    }

    [Fact]
    public async Task Typing_AnotherAgentsConversation_IsRefused()
    {
        var id = await factory.CreateQueuedConversationAsync("Tam Resident");
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        (await supervisor.TakeAsync(id)).EnsureSuccessStatusCode();
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync(nameof(AgentHub.Typing), id));
    }

    [Fact]
    public async Task Typing_AssignedAgent_ResidentStreamGetsTypingActivityAndColleagueIsTold()
    {
        await using var scene = await TypingScene.OpenAsync(factory);
        var before = (await scene.Agent.GetAsync(scene.Chat.ConversationId)).Transcript.Count;

        await scene.TypeAsync();

        var typing = await StreamFrames.NextActivityAsync(scene.Socket, a => a["type"]!.GetValue<string>() == "typing");
        Assert.Equal("bot", typing["from"]!["role"]!.GetValue<string>());
        Assert.Equal("Alex Agent", typing["from"]!["name"]!.GetValue<string>());
        var told = await scene.ColleagueToldAsync();
        Assert.Equal(("agent", "Alex Agent"), (told.Author, told.Name));
        Assert.Equal(before, (await scene.Agent.GetAsync(scene.Chat.ConversationId)).Transcript.Count);
    }

    private async Task HandOffAsync(string conversationId)
    {
        await factory.WaitForGreetingAsync(conversationId);
        await factory.HandOffAsync(conversationId);
    }
}
