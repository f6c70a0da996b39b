using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CityCrm.City311.Tests.DirectLine;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Tests.ScaleOut;

/// <summary>A resident's web chat stream held open on one node shows what another node stores in that conversation.</summary>
public sealed class DirectLineAcrossNodesTests : IAsyncLifetime
{
    private readonly TwoNodes nodes = new();

    public Task InitializeAsync() => nodes.InitializeAsync();

    public Task DisposeAsync() => nodes.DisposeAsync();

    [Fact]
    public async Task Stream_OnNodeA_ShowsAnAgentReplyStoredOnNodeB()
    {
        var chat = await new DirectLineClient(nodes.A.CreateClient()).StartAsync();
        using var socket = await ConnectAsync(nodes.A, chat.StreamUrl);
        await nodes.A.WaitForGreetingAsync(chat.ConversationId);

        await nodes.B.Conversations.SendAsync(
            chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", "Sam here, answering from node B."), CancellationToken.None);

        Assert.Equal("Sam here, answering from node B.", await NextTextAsync(socket, "Sam here"));
    }

    [Fact]
    public async Task Stream_OnNodeA_ShowsTheRepliesOfNodeBInOrderOnce()
    {
        var chat = await new DirectLineClient(nodes.A.CreateClient()).StartAsync();
        using var socket = await ConnectAsync(nodes.A, chat.StreamUrl);
        await nodes.A.WaitForGreetingAsync(chat.ConversationId);

        for (var i = 1; i <= 5; i++)
            await nodes.B.Conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", $"reply {i}"), CancellationToken.None);

        var seen = new List<string>();
        while (!seen.Contains("reply 5"))
            seen.AddRange((await StreamFrames.NextFrameAsync(socket)).Select(a => a["text"]?.GetValue<string>() ?? "").Where(t => t.StartsWith("reply ", StringComparison.Ordinal)));
        Assert.Equal(["reply 1", "reply 2", "reply 3", "reply 4", "reply 5"], seen);
    }

    private static async Task<string> NextTextAsync(WebSocket socket, string startsWith)
    {
        JsonNode activity = await StreamFrames.NextActivityAsync(socket, a => a["text"]?.GetValue<string>()?.StartsWith(startsWith, StringComparison.Ordinal) == true);
        return activity["text"]!.GetValue<string>();
    }

    private static async Task<WebSocket> ConnectAsync(Agents.AgentAppFactory node, string streamUrl)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await node.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }
}
