using System.Net;
using System.Net.Http.Json;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Testing;

/// <summary>
/// A demo agent's console against a host in memory: signed in through the API, with a live agent hub connection
/// (long polling through the test server), able to take a resident's conversation and type in it.
/// </summary>
public sealed class StaffConsole : IAsyncDisposable
{
    private readonly IServiceProvider services;

    private StaffConsole(HttpClient client, HubConnection hub, IServiceProvider services)
    {
        Client = client;
        Hub = hub;
        this.services = services;
    }

    public HttpClient Client { get; }

    public HubConnection Hub { get; }

    /// <summary>Signs in (the demo agent unless told otherwise) and connects to the agent hub.</summary>
    public static async Task<StaffConsole> SignInAsync<T>(WebApplicationFactory<T> host, string user = "agent", string password = "riverton311")
        where T : class
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/agent"), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                options.Headers["Cookie"] = cookie;
            })
            .Build();
        await hub.StartAsync();
        return new StaffConsole(client, hub, host.Services);
    }

    /// <summary>Hands the conversation to the agents' queue (as a resident asking for a person does) and takes it.</summary>
    public async Task HandOffAndTakeAsync(string conversationId)
    {
        var conversations = services.GetRequiredService<ConversationService>();
        // The bot may be saving its answer at the same moment: retry as any caller of the service would.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await conversations.HandOffAsync(conversationId, "asked for a person", CancellationToken.None);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
            }
        }
        var taken = await Client.PostAsync($"/api/agent/conversations/{conversationId}/take", null);
        Assert.True(taken.IsSuccessStatusCode, $"take answered {(int)taken.StatusCode}");
    }

    /// <summary>The agent types in the conversation (the hub's <c>Typing</c>).</summary>
    public Task TypingAsync(string conversationId) => Hub.InvokeAsync("Typing", conversationId);

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        Client.Dispose();
    }
}
