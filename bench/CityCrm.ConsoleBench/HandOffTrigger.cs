using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CityCrm.ConsoleBench;

/// <summary>Makes the event: a resident on Direct Line asks for a person, and the bot queues the conversation.</summary>
internal sealed class HandOffTrigger(HttpClient http, string secret)
{
    /// <summary>Starts a conversation, asks for a person, and returns the conversation's id.</summary>
    public async Task<string> AskForPersonAsync(int n, CancellationToken cancellationToken)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var started = await http.SendAsync(start, cancellationToken);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var id = conversation.GetProperty("conversationId").GetString()!;
        var token = conversation.GetProperty("token").GetString()!;
        using var say = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = $"bench-resident-{n}", role = "user" }, text = "I want to talk to a person" }),
        };
        say.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.SendAsync(say, cancellationToken)).EnsureSuccessStatusCode();
        return id;
    }
}
