using System.Net;
using System.Net.Http.Json;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.EndToEnd.Tests.ScaleOut;

/// <summary>An agent signed in on one node: the REST calls the console makes and its hub connection's pushes.</summary>
public sealed class AgentConsole : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly HubConnection hub;

    private AgentConsole(HttpClient http, HubConnection hub)
    {
        this.http = http;
        this.hub = hub;
        hub.On<ConversationSummaryDto>(nameof(IAgentClient.ConversationChanged), c => Changes.Add(c));
        hub.On<MessageDto>(nameof(IAgentClient.MessageAdded), m => Messages.Add(m));
    }

    public Pushes<ConversationSummaryDto> Changes { get; } = new();

    public Pushes<MessageDto> Messages { get; } = new();

    public static async Task<AgentConsole> SignInAsync(Uri node, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = node };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" }, cancellationToken);
        if (login.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"Signing in answered {(int)login.StatusCode}.");
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        var hub = new HubConnectionBuilder().WithUrl(new Uri(node, "/hubs/agent"), o => o.Headers["Cookie"] = cookie).Build();
        var console = new AgentConsole(http, hub);
        await hub.StartAsync(cancellationToken);
        return console;
    }

    /// <summary>Takes the conversation and watches it, as opening it in the console does.</summary>
    public async Task TakeAsync(string conversationId, CancellationToken cancellationToken)
    {
        await ExpectOkAsync(await http.PostAsync($"/api/agent/conversations/{conversationId}/take", null, cancellationToken));
        await hub.InvokeAsync<IReadOnlyList<MessageDto>>(nameof(AgentHub.Watch), conversationId, cancellationToken);
    }

    public async Task ReplyAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        await ExpectOkAsync(await http.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/messages", new { text }, cancellationToken));

    public async Task ResolveAsync(string conversationId, CancellationToken cancellationToken) =>
        await ExpectOkAsync(await http.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/resolve", new { disposition = "answered" }, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        await hub.DisposeAsync();
        http.Dispose();
    }

    private static async Task ExpectOkAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
