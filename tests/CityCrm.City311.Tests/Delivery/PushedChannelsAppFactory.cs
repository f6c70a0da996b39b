using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Inbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Delivery;

/// <summary>
/// The host in memory with an SMS inbox, a voice inbox and a stand-in SMS sender, on its own temp data folder,
/// so replies on SMS go through the real outbox and dispatcher.
/// </summary>
public sealed class PushedChannelsAppFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-delivery-").FullName;

    public AcceptingSmsSender Sender { get; } = new();

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    public async Task<AgentSession> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return new AgentSession(client, response.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
    }

    public HubConnection CreateHubConnection(string cookie) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/agent"), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Headers["Cookie"] = cookie;
            })
            .Build();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Conversations:Inboxes:20:Id", "sms-main");
        builder.UseSetting("Conversations:Inboxes:20:ChannelId", "sms");
        builder.UseSetting("Conversations:Inboxes:20:Name", "Riverton 311 text line");
        builder.UseSetting("Conversations:Inboxes:21:Id", "voice-main");
        builder.UseSetting("Conversations:Inboxes:21:ChannelId", "voice");
        builder.UseSetting("Conversations:Inboxes:21:Name", "Riverton 311 phone line");
        // The recording sender stands in for the Twilio one: these tests watch delivery, not the provider.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChannelSender>();
            services.AddSingleton<IChannelSender>(Sender);
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
