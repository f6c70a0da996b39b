using System.Net;

namespace CityCrm.City311.Tests.DirectLine;

public sealed class TokenAndConversationTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private readonly DirectLineClient client = new(factory.CreateClient());

    [Fact]
    public async Task Generate_WithSecretAndUser_BindsTokenToThatUserAndANewConversation()
    {
        var generated = await DirectLineClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate",
            DirectLineClient.Secret, """{"user":{"id":"resident-42","name":"Ada"}}"""));
        var token = generated["token"]!.GetValue<string>();

        var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, null);
        var body = await DirectLineClient.ReadJsonAsync(started);
        var conversationId = generated["conversationId"]!.GetValue<string>();
        await client.PostMessageAsync(conversationId, body["token"]!.GetValue<string>(), "hi");
        var echo = Assert.Single(await client.GetUserActivitiesAsync(conversationId, token));

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(1800, generated["expires_in"]!.GetValue<int>());
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        Assert.Equal("resident-42", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("Ada", echo["from"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task Generate_WithoutSecret_Returns403(string? credential)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", credential, null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Generate_WithTokenInsteadOfSecret_Returns403()
    {
        var chat = await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", chat.Token, null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Start_SameTokenTwice_ReturnsTheSameConversation()
    {
        var page = await DirectLineClient.ReadJsonAsync(await client.Http.PostAsync("/webchat/token", null));
        var token = page["token"]!.GetValue<string>();

        var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, "{}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(page["conversationId"]!.GetValue<string>(), (await DirectLineClient.ReadJsonAsync(second))["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_WithSecret_OpensConversationForTheGivenUser()
    {
        var started = await DirectLineClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations",
            DirectLineClient.Secret, """{"user":{"id":"site-user-7"}}"""));
        var conversationId = started["conversationId"]!.GetValue<string>();

        await client.PostMessageAsync(conversationId, DirectLineClient.Secret, "hi");

        var echo = Assert.Single(await client.GetUserActivitiesAsync(conversationId, DirectLineClient.Secret));
        Assert.Equal("site-user-7", echo["from"]!["id"]!.GetValue<string>());
        Assert.StartsWith("ws://", started["streamUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_WithMissingCredential_Returns403()
    {
        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null, "{}");

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsWorkingTokenForSameConversation()
    {
        var chat = await client.StartAsync();

        var refreshed = await DirectLineClient.ReadJsonAsync(await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", chat.Token, null));
        var posted = await client.PostMessageAsync(chat.ConversationId, refreshed["token"]!.GetValue<string>(), "after refresh");

        Assert.Equal(chat.ConversationId, refreshed["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, refreshed["expires_in"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Theory]
    [InlineData(DirectLineClient.Secret)]
    [InlineData("garbage")]
    public async Task Refresh_SecretOrGarbage_Returns403(string credential)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", credential, null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsTokenAndStreamUrlResumingThere()
    {
        var chat = await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}?watermark=1", chat.Token, null);
        var body = await DirectLineClient.ReadJsonAsync(response);

        Assert.Equal(chat.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
        Assert.Contains($"/v3/directline/conversations/{chat.ConversationId}/stream?t=", body["streamUrl"]!.GetValue<string>());
        Assert.EndsWith("&watermark=1", body["streamUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_OtherConversationsToken_Returns403()
    {
        var mine = await client.StartAsync();
        var theirs = await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}", theirs.Token, null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GetActivities_TokenGeneratedButConversationNeverStarted_Returns404()
    {
        var page = await DirectLineClient.ReadJsonAsync(await client.Http.PostAsync("/webchat/token", null));

        var response = await client.SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{page["conversationId"]!.GetValue<string>()}/activities", page["token"]!.GetValue<string>(), null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetActivities_StreamOnlyToken_Returns403()
    {
        var chat = await client.StartAsync();
        var streamToken = Uri.UnescapeDataString(chat.StreamUrl.Split("?t=")[1].Split('&')[0]);

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", streamToken, null);

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WebChatToken_TwoCalls_GiveDifferentAnonymousUsersAndConversations()
    {
        var first = await DirectLineClient.ReadJsonAsync(await client.Http.PostAsync("/webchat/token", null));
        var second = await DirectLineClient.ReadJsonAsync(await client.Http.PostAsync("/webchat/token", null));

        Assert.StartsWith("dl_", first["userId"]!.GetValue<string>());
        Assert.NotEqual(first["userId"]!.GetValue<string>(), second["userId"]!.GetValue<string>());
        Assert.NotEqual(first["conversationId"]!.GetValue<string>(), second["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, first["expires_in"]!.GetValue<int>());
        Assert.Equal(3, first["token"]!.GetValue<string>().Split('.').Length);
    }
}
