using System.Net;
using System.Text.Json;
using CityCrm.Channels.DirectLine;
using CityCrm.Channels.DirectLine.Security;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Tests.DirectLine;

public sealed class PostActivityTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private readonly DirectLineClient client = new(factory.CreateClient());

    [Fact]
    public async Task PostActivity_ValidMessage_IsEchoedWithServerIdClientActivityIdAndTokenUser()
    {
        var chat = await client.StartAsync();

        var posted = await client.PostMessageAsync(chat.ConversationId, chat.Token, "when is my recycling picked up?", "cid-1");
        var id = (await DirectLineClient.ReadJsonAsync(posted))["id"]!.GetValue<string>();

        var echo = Assert.Single(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        Assert.Matches($"^{chat.ConversationId}\\|\\d{{7}}$", id);
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("cid-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(chat.UserId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("when is my recycling picked up?", echo["text"]!.GetValue<string>());
        Assert.Equal("webchat", echo["channelId"]!.GetValue<string>());
        Assert.Equal(chat.ConversationId, echo["conversation"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_SameClientActivityIdTwice_StoresOnceAndReturnsSameId()
    {
        var chat = await client.StartAsync();

        var first = await DirectLineClient.ReadJsonAsync(await client.PostMessageAsync(chat.ConversationId, chat.Token, "pothole", "cid-dup"));
        var second = await DirectLineClient.ReadJsonAsync(await client.PostMessageAsync(chat.ConversationId, chat.Token, "pothole", "cid-dup"));

        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Single(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Fact]
    public async Task PostActivity_Typing_IsAcceptedAndNotStored()
    {
        var chat = await client.StartAsync();

        var response = await client.PostActivityAsync(chat.ConversationId, chat.Token, """{"type":"typing","from":{"id":"x"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("riverton-demo-directline-secret-change-m")]
    public async Task PostActivity_MissingOrWrongCredential_Returns403AndStoresNothing(string? credential)
    {
        var chat = await client.StartAsync();

        var response = await client.PostMessageAsync(chat.ConversationId, credential, "hello");

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Fact]
    public async Task PostActivity_ExpiredToken_Returns403AndStoresNothing()
    {
        var chat = await client.StartAsync();
        var expired = ExpiredTokenFor(chat);

        var response = await client.PostMessageAsync(chat.ConversationId, expired, "hello");

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Fact]
    public async Task PostActivity_TokenOfAnotherConversation_Returns403AndStoresNothingInEither()
    {
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();

        var response = await client.PostMessageAsync(mine.ConversationId, theirs.Token, "hello");

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await client.GetUserActivitiesAsync(mine.ConversationId, mine.Token));
        Assert.Empty(await client.GetUserActivitiesAsync(theirs.ConversationId, theirs.Token));
    }

    [Fact]
    public async Task PostActivity_UnknownConversation_Returns404()
    {
        var response = await client.PostMessageAsync("0123456789abcdef01234567", DirectLineClient.Secret, "hello");

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    public async Task PostActivity_MalformedOrUntypedBody_Returns400AndStoresNothing(string body)
    {
        var chat = await client.StartAsync();

        var response = await client.PostActivityAsync(chat.ConversationId, chat.Token, body);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Fact]
    public async Task PostActivity_LargerThan256KB_Returns413AndStoresNothing()
    {
        var chat = await client.StartAsync();
        var body = JsonSerializer.Serialize(new { type = "message", text = new string('a', 256 * 1024) });

        var response = await client.PostActivityAsync(chat.ConversationId, chat.Token, body);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
    }

    [Fact]
    public async Task GetActivities_PrivateNotesAndSystemEntries_AreHiddenButPassedByWatermark()
    {
        var chat = await client.StartAsync();
        await client.WaitForGreetingAsync(chat);
        var conversations = factory.Services.GetRequiredService<ConversationService>();
        await conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", "internal note", IsPrivate: true), CancellationToken.None);
        await conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.System, "system", "System", "Queued"), CancellationToken.None);
        await conversations.SendAsync(chat.ConversationId, new OutgoingMessage(AuthorKind.Agent, "a1", "Sam", "Hello, this is Sam."), CancellationToken.None);

        var feed = await client.GetActivitiesAsync(chat.ConversationId, chat.Token);
        var texts = feed["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()).ToList();
        var last = (await conversations.GetTranscriptAsync(chat.ConversationId, 0, 100, CancellationToken.None))[^1];

        Assert.Contains("Hello, this is Sam.", texts);
        Assert.DoesNotContain("internal note", texts);
        Assert.DoesNotContain("Queued", texts);
        Assert.Equal(last.Sequence.ToString(), feed["watermark"]!.GetValue<string>());
        Assert.Empty((await client.GetActivitiesAsync(chat.ConversationId, chat.Token, last.Sequence.ToString()))["activities"]!.AsArray());
    }

    private string ExpiredTokenFor(Started chat)
    {
        var options = factory.Services.GetRequiredService<IOptions<DirectLineOptions>>();
        var anHourAgo = new PastClock(DateTimeOffset.UtcNow.AddHours(-1));
        var tokens = new DirectLineTokenService(factory.Services.GetRequiredService<DirectLineSigningKey>(), anHourAgo, options);
        return tokens.Issue(chat.ConversationId, chat.UserId, null).Value;
    }

    private sealed class PastClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
