using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.City311.Tests.Agents;

/// <summary>The host in memory on its own temp data folder, with the demo staff accounts seeded from appsettings.json.</summary>
public sealed class AgentAppFactory : WebApplicationFactory<Program>
{
    public const string AgentUser = "agent";
    public const string AgentPassword = "riverton311";
    public const string SupervisorUser = "supervisor";
    public const string SupervisorPassword = "riverton311sup";

    public const string EditorUser = "editor";
    public const string EditorPassword = "riverton311ed";
    public const string SecondAgentUser = "lucia";
    public const string SecondAgentPassword = "riverton311lu";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-agents-").FullName;
    private readonly IReadOnlyDictionary<string, string> settings;

    public AgentAppFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A host with some settings changed (e.g. <c>Routing:OfferTimeout</c>).</summary>
    internal AgentAppFactory(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>The cases the agent API can look up; the cases module itself is tested on its own.</summary>
    public KnownCases Cases { get; } = new();

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    /// <summary>Signs in through the API and returns a client that carries the cookie, with the cookie itself for the hub.</summary>
    public async Task<AgentSession> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        return new AgentSession(client, cookie);
    }

    /// <summary>A hub connection over long polling through the in-memory server; not started.</summary>
    public HubConnection CreateHubConnection(string? cookie) => CreateHubConnection(cookie, "/hubs/agent");

    /// <summary>A connection to the supervisor dashboard's hub; not started.</summary>
    public HubConnection CreateSupervisorHubConnection(string? cookie) => CreateHubConnection(cookie, "/hubs/supervisor");

    private HubConnection CreateHubConnection(string? cookie, string path) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, path), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                if (cookie is not null)
                    options.Headers["Cookie"] = cookie;
            })
            .Build();

    /// <summary>Opens a web chat conversation for a new resident and hands it to the agent queue.</summary>
    public async Task<string> CreateQueuedConversationAsync(string residentName)
    {
        var address = "user-" + Guid.NewGuid().ToString("N");
        var conversation = await Conversations.StartAsync("web", address, residentName, null, CancellationToken.None);
        await WaitForGreetingAsync(conversation.Id);
        await HandOffAsync(conversation.Id);
        return conversation.Id;
    }

    /// <summary>Hands a greeted conversation to the agent queue.</summary>
    public async Task HandOffAsync(string conversationId)
    {
        // The bot may be saving its greeting state at the same moment: retry as any caller of the service would.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Conversations.HandOffAsync(conversationId, "asked for a person", CancellationToken.None);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>The bot greets every new conversation out of band; tests that read the transcript wait for it first.</summary>
    public async Task WaitForGreetingAsync(string conversationId)
    {
        for (var i = 0; i < 400; i++)
        {
            var transcript = await Conversations.GetTranscriptAsync(conversationId, 0, 10, CancellationToken.None);
            if (transcript.Any(m => m.AuthorKind == AuthorKind.Bot))
                return;
            await Task.Delay(25);
        }
        throw new TimeoutException($"The bot never greeted conversation {conversationId}.");
    }

    /// <summary>Stores a message from the resident, as a channel adapter would.</summary>
    public async Task ResidentSaysAsync(string conversationId, string text)
    {
        var conversation = await Conversations.GetAsync(conversationId, CancellationToken.None);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = conversation!.ChannelId,
            From = new ChannelAccount(conversation.Address, null, "user"),
            Conversation = new ConversationAccount(conversationId),
            Text = text,
        };
        await Conversations.ReceiveAsync(
            new InboundActivity(conversation.InboxId, conversation.Address, conversationId, Guid.NewGuid().ToString("N"), activity), CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        // Every test signs in afresh from the same in-memory client address.
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICaseService>();
            services.AddSingleton<ICaseService>(Cases);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
