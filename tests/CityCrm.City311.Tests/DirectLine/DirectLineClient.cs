using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CityCrm.City311.Tests.DirectLine;

/// <summary>The Direct Line calls the official client makes, over the in-memory host, for readable tests.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string Secret = "riverton-demo-directline-secret-change-me";
    public const string Prefix = "/v3/directline";

    public HttpClient Http => http;

    /// <summary>A token from the resident page's endpoint, then a started conversation: what Web Chat does first.</summary>
    public async Task<Started> StartAsync()
    {
        var page = await ReadJsonAsync(await http.PostAsync("/webchat/token", null));
        var started = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations", page["token"]!.GetValue<string>(), "{}");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await ReadJsonAsync(started);
        return new Started(
            body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>(),
            page["userId"]!.GetValue<string>(), body["streamUrl"]!.GetValue<string>());
    }

    /// <summary>Waits until the bot's greeting of a new conversation is in the feed (it is sent out of band).</summary>
    public async Task WaitForGreetingAsync(Started chat)
    {
        for (var i = 0; i < 400; i++)
        {
            var activities = (await GetActivitiesAsync(chat.ConversationId, chat.Token))["activities"]!.AsArray();
            if (activities.Any(a => a!["from"]?["role"]?.GetValue<string>() == "bot"))
                return;
            await Task.Delay(25);
        }
        throw new TimeoutException("The bot never greeted conversation " + chat.ConversationId);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string? credential, string json) =>
        SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{conversationId}/activities", credential, json);

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string? credential, string text, string? clientActivityId = null) =>
        PostActivityAsync(conversationId, credential, JsonSerializer.Serialize(new
        {
            type = "message",
            from = new { id = "whoever", role = "user" },
            text,
            channelData = clientActivityId is null ? null : new { clientActivityID = clientActivityId },
        }));

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string credential, string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{conversationId}/activities?watermark={watermark}", credential, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>The activities the resident sent, as the feed shows them.</summary>
    public async Task<List<JsonNode>> GetUserActivitiesAsync(string conversationId, string credential) =>
        (await GetActivitiesAsync(conversationId, credential))["activities"]!.AsArray()
            .Where(a => a!["from"]?["role"]?.GetValue<string>() == "user").Select(a => a!).ToList();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts a problem+json answer with the given status.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, JsonNode.Parse(text)!["status"]!.GetValue<int>());
    }
}

/// <summary>A started conversation: its id, the token the start returned, the user it is bound to, its streamUrl.</summary>
internal sealed record Started(string ConversationId, string Token, string UserId, string StreamUrl);
