using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Tests.Agents;

/// <summary>A signed-in staff member: an HTTP client carrying the sign-in cookie, and the cookie for hub connections.</summary>
public sealed class AgentSession(HttpClient client, string cookie) : IDisposable
{
    public HttpClient Client { get; } = client;

    public string Cookie { get; } = cookie;

    public Task<HttpResponseMessage> TakeAsync(string conversationId) =>
        Client.PostAsync($"/api/agent/conversations/{conversationId}/take", null);

    public Task<HttpResponseMessage> ReplyAsync(string conversationId, string? text, bool isPrivate = false) =>
        Client.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/messages", new { text, @private = isPrivate });

    /// <summary>Resolves with a wrap-up code; "answered" is one of the demo's configured codes.</summary>
    public Task<HttpResponseMessage> ResolveAsync(string conversationId, string? disposition = "answered") =>
        Client.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/resolve", new { disposition });

    public Task<HttpResponseMessage> TransferAsync(string conversationId, string? agentId, string? queue, string? note = null) =>
        Client.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/transfer", new { agentId, queue, note });

    public async Task<ConversationDetailDto> GetAsync(string conversationId) =>
        (await Client.GetFromJsonAsync<ConversationDetailDto>($"/api/agent/conversations/{conversationId}"))!;

    public async Task<IReadOnlyList<ConversationSummaryDto>> ListAsync(string status) =>
        (await Client.GetFromJsonAsync<List<ConversationSummaryDto>>($"/api/agent/conversations?status={status}"))!;

    public void Dispose() => Client.Dispose();
}
