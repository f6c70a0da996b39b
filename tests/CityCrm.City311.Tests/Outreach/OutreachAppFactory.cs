using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>
/// The host in memory with an SMS inbox and a recording SMS sender, a clock the test sets (10:00 in Riverton by
/// default), and broadcasts sent only when the test calls <see cref="SendDueAsync"/> (2 texts a second, confirmation
/// above 3 people). A data folder can be shared by two hosts in turn, to restart one.
/// </summary>
public sealed class OutreachAppFactory : WebApplicationFactory<Program>
{
    /// <summary>10:00 in Riverton (America/New_York) on a Monday.</summary>
    public static readonly DateTimeOffset Daytime = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

    private readonly bool ownsFolder;

    public OutreachAppFactory()
        : this(Directory.CreateTempSubdirectory("citycrm-outreach-").FullName, ownsFolder: true)
    {
    }

    private OutreachAppFactory(string dataDirectory, bool ownsFolder)
    {
        DataDirectory = dataDirectory;
        this.ownsFolder = ownsFolder;
    }

    public string DataDirectory { get; }

    /// <summary>A host on an existing data folder, which it leaves in place (a restart of another host).</summary>
    public static OutreachAppFactory On(string dataDirectory, Func<IBroadcastStore, IBroadcastStore>? wrapBroadcasts = null) =>
        new(dataDirectory, ownsFolder: false) { WrapBroadcasts = wrapBroadcasts };

    public AcceptingSmsSender Sender { get; } = new();

    public ManualClock Clock { get; } = new(Daytime);

    /// <summary>Wraps the broadcast store (to make it fail at a chosen point); null keeps the SQLite one as is.</summary>
    public Func<IBroadcastStore, IBroadcastStore>? WrapBroadcasts { get; init; }

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    public Task<TimeSpan?> SendDueAsync() => Services.GetRequiredService<BroadcastSender>().SendDueAsync(CancellationToken.None);

    /// <summary>Sends until nobody waits (at most 50 rounds).</summary>
    public async Task SendAllAsync()
    {
        for (var round = 0; round < 50 && await SendDueAsync() is not null; round++)
        {
        }
    }

    public async Task<AgentSession> SignInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return new AgentSession(client, response.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
    }

    public Task<AgentSession> SupervisorAsync() => SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

    /// <summary>A resident who texted the city from <paramref name="number"/> (or wrote from that address on <paramref name="inbox"/>), with the profile <paramref name="edit"/> gives them.</summary>
    public async Task<string> ResidentAsync(string number, Func<ContactProfileData, ContactProfileData>? edit = null, string inbox = "sms-main")
    {
        var contact = await Services.GetRequiredService<IConversationStore>().GetOrCreateContactAsync(inbox, number, null, CancellationToken.None);
        if (edit is not null)
        {
            var profiles = Services.GetRequiredService<IContactProfileStore>();
            var profile = (await profiles.GetAsync(contact.Id, CancellationToken.None))!;
            Assert.True(await profiles.SaveAsync(edit(profile), profile.Version, [], CancellationToken.None));
        }
        return contact.Id;
    }

    public static PostalAddress Address(string street, string? unit = null) => new(street, unit, "Riverton", "IL", "60601");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataDirectory);
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Conversations:Inboxes:20:Id", "sms-main");
        builder.UseSetting("Conversations:Inboxes:20:ChannelId", "sms");
        builder.UseSetting("Conversations:Inboxes:20:Name", "Riverton 311 text line");
        builder.UseSetting("Outreach:SendInBackground", "false");
        builder.UseSetting("Outreach:ConfirmAbove", "3");
        builder.UseSetting("Outreach:RatePerSecond:sms", "2");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChannelSender>();
            services.AddSingleton<IChannelSender>(Sender);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (WrapBroadcasts is { } wrap)
            {
                services.RemoveAll<IBroadcastStore>();
                services.AddSingleton(sp => wrap(new CityCrm.Storage.Sqlite.SqliteBroadcastStore(sp.GetRequiredService<CityCrm.Storage.Sqlite.SqliteDatabase>())));
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!ownsFolder)
            return;
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
