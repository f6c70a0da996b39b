using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.DirectLine;

public sealed class StreamTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private readonly DirectLineClient client = new(factory.CreateClient());

    [Fact]
    public async Task Stream_ConnectAfterPosting_ReplaysTheEchoFirst()
    {
        var chat = await client.StartAsync();
        var posted = await DirectLineClient.ReadJsonAsync(await client.PostMessageAsync(chat.ConversationId, chat.Token, "hello", "cid-replay"));

        using var socket = await ConnectAsync(chat.StreamUrl);
        var echo = await StreamFrames.NextActivityAsync(socket, a => a["from"]!["role"]!.GetValue<string>() == "user");

        Assert.Equal(posted["id"]!.GetValue<string>(), echo["id"]!.GetValue<string>());
        Assert.Equal("cid-replay", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_MessagesAfterConnect_ArePushedInOrderWithoutPrivateNotes()
    {
        var chat = await client.StartAsync();
        var conversations = factory.Services.GetRequiredService<ConversationService>();
        using var socket = await ConnectAsync(chat.StreamUrl);

        await client.PostMessageAsync(chat.ConversationId, chat.Token, "is anyone there?", "cid-live");
        await conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", "private", IsPrivate: true), CancellationToken.None);
        await conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", "Yes, Sam here."), CancellationToken.None);

        var seen = new List<JsonNode>();
        while (!seen.Any(a => a["text"]?.GetValue<string>() == "Yes, Sam here."))
            seen.AddRange(await StreamFrames.NextFrameAsync(socket));

        var mine = seen.Where(a => a["text"]?.GetValue<string>() is "is anyone there?" or "Yes, Sam here." or "private").ToList();
        Assert.Equal(["is anyone there?", "Yes, Sam here."], mine.Select(a => a["text"]!.GetValue<string>()));
        Assert.Equal(["user", "bot"], mine.Select(a => a["from"]!["role"]!.GetValue<string>()));
        Assert.Equal(seen.Count, seen.Select(a => a["id"]!.GetValue<string>()).Distinct().Count());
        Assert.True(string.CompareOrdinal(mine[0]["id"]!.GetValue<string>(), mine[1]["id"]!.GetValue<string>()) < 0);
    }

    [Fact]
    public async Task Stream_WithWatermark_SkipsWhatTheClientAlreadyHas()
    {
        var chat = await client.StartAsync();
        await client.PostMessageAsync(chat.ConversationId, chat.Token, "first", "cid-a");
        await client.PostMessageAsync(chat.ConversationId, chat.Token, "second", "cid-b");
        var firstSequence = (await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token))[0]["id"]!.GetValue<string>().Split('|')[1];

        using var socket = await ConnectAsync(chat.StreamUrl.Replace("&watermark=", $"&watermark={long.Parse(firstSequence)}"));
        // One activity per frame, and the bot's answer to "first" may be stored before "second": read on
        // until "second" arrives, and check that nothing before it was "first".
        var seen = new List<string?>();
        while (!seen.Contains("second") && seen.Count < 10)
            seen.AddRange((await StreamFrames.NextFrameAsync(socket)).Select(a => a["text"]?.GetValue<string>()));

        Assert.DoesNotContain("first", seen);
        Assert.Contains("second", seen);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_IsRefused()
    {
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();
        var theirToken = theirs.StreamUrl.Split("?t=")[1].Split('&')[0];
        var url = mine.StreamUrl.Split("?t=")[0] + "?t=" + theirToken + "&watermark=";

        var error = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(url));

        Assert.Contains("403", error.Message);
    }

    [Fact]
    public async Task Stream_PlainHttpRequest_Returns400()
    {
        var chat = await client.StartAsync();

        var response = await client.Http.GetAsync(new Uri(chat.StreamUrl.Replace("ws://", "http://")).PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), timeout.Token);
    }
}
