using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.DirectLine;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Console;

/// <summary>
/// A resident in Web Chat with their Direct Line stream open, the agent assigned to them on the hub, and a colleague
/// (the supervisor) watching the conversation: where an agent's typing goes both ways.
/// </summary>
internal sealed class TypingScene : IAsyncDisposable
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);

    private readonly List<IAsyncDisposable> owned = [];
    private readonly Channel<TypingDto> told = Channel.CreateUnbounded<TypingDto>();

    private TypingScene(DirectLineClient client, Started chat) => (Client, Chat) = (client, chat);

    public DirectLineClient Client { get; }

    public Started Chat { get; }

    public AgentSession Agent { get; private set; } = null!;

    public WebSocket Socket { get; private set; } = null!;

    private HubConnection Connection { get; set; } = null!;

    public static async Task<TypingScene> OpenAsync(AgentAppFactory factory)
    {
        var client = new DirectLineClient(factory.CreateClient());
        var scene = new TypingScene(client, await client.StartAsync());
        var id = scene.Chat.ConversationId;
        await factory.WaitForGreetingAsync(id);
        await factory.HandOffAsync(id);
        scene.Agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        (await scene.Agent.TakeAsync(id)).EnsureSuccessStatusCode();
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        var colleague = scene.Own(factory.CreateHubConnection(supervisor.Cookie));
        colleague.On<TypingDto>(nameof(IAgentClient.Typing), t => scene.told.Writer.TryWrite(t));
        await colleague.StartAsync();
        await colleague.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), id);
        scene.Connection = scene.Own(factory.CreateHubConnection(scene.Agent.Cookie));
        await scene.Connection.StartAsync();
        scene.Socket = await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(scene.Chat.StreamUrl), CancellationToken.None);
        // The replayed greeting proves the stream is attached, so a signal cannot slip past it.
        await StreamFrames.NextActivityAsync(scene.Socket, a => a["from"]?["role"]?.GetValue<string>() == "bot");
        return scene;
    }

    /// <summary>The assigned agent types in the reply box.</summary>
    public Task TypeAsync() => Connection.InvokeAsync(nameof(AgentHub.Typing), Chat.ConversationId);

    /// <summary>The next typing signal the watching colleague gets.</summary>
    public async Task<TypingDto> ColleagueToldAsync()
    {
        using var timeout = new CancellationTokenSource(PushTimeout);
        return await told.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next typing activity on the resident's stream, or the resident's own message echoed after it.</summary>
    public Task<JsonNode> NextTypingOrEchoAsync(string echoed) =>
        StreamFrames.NextActivityAsync(Socket, a => a["type"]!.GetValue<string>() == "typing" || a["text"]?.GetValue<string>() == echoed);

    public async ValueTask DisposeAsync()
    {
        Socket?.Dispose();
        foreach (var item in owned)
            await item.DisposeAsync();
        Agent?.Dispose();
    }

    private HubConnection Own(HubConnection connection)
    {
        owned.Add(connection);
        return connection;
    }
}
