using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// The real host in memory on its own data folder, serving the test number (Payloads/*.form are addressed to it)
/// with a local fake Twilio API. Consent changes and delivery reports are recorded on their
/// way to the host's own implementations (kept in memory where the host has none).
/// </summary>
public sealed class TwilioHostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-twilio-").FullName;
    private int residents;

    public FakeTwilioApi Api { get; private set; } = null!;

    public RecordingDeliveryReports DeliveryReports => (RecordingDeliveryReports)Services.GetRequiredService<IDeliveryReports>();

    public async Task InitializeAsync() => Api = await FakeTwilioApi.StartAsync(new() { [TestAccount.AccountSid] = TestAccount.AuthToken });

    /// <summary>A resident number no other test in the host uses.</summary>
    public string NewResident() => $"+1555555{Interlocked.Increment(ref residents) + 1000:D4}";

    public RecordingOptOutRegistry OptOuts => (RecordingOptOutRegistry)Services.GetRequiredService<IOptOutRegistry>();

    /// <summary>The resident's SMS conversation transcript, or empty when nothing was ever stored for them.</summary>
    public async Task<IReadOnlyList<Message>> TranscriptAsync(string resident, string inboxId = TestAccount.SmsInbox)
    {
        var store = Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(inboxId, resident, null, CancellationToken.None);
        var conversation = await store.FindLatestAsync(inboxId, contact.Id, CancellationToken.None);
        return conversation is null ? [] : await Services.GetRequiredService<ConversationService>().GetTranscriptAsync(conversation.Id, 0, 500, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        // Development validates every registration at start, as the other host tests do.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in TestAccount.Settings(Api.BaseUrl))
            builder.UseSetting(key, value);
        // Broadcasts go out whatever the hour the tests run at.
        builder.UseSetting("Outreach:QuietStart", "00:00");
        builder.UseSetting("Outreach:QuietEnd", "00:00");
        builder.UseSetting("Conversations:Inboxes:20:Id", "sms-other");
        builder.UseSetting("Conversations:Inboxes:20:ChannelId", "sms");
        builder.UseSetting("Conversations:Inboxes:20:Name", "Second text line");
        builder.ConfigureTestServices(services =>
        {
            var registry = services.LastOrDefault(d => d.ServiceType == typeof(IOptOutRegistry));
            if (registry is not null)
                services.Remove(registry);
            services.AddSingleton<IOptOutRegistry>(sp => new RecordingOptOutRegistry(registry is null ? null : Resolve<IOptOutRegistry>(sp, registry)));
            var reports = services.LastOrDefault(d => d.ServiceType == typeof(IDeliveryReports));
            if (reports is not null)
                services.Remove(reports);
            services.AddSingleton<IDeliveryReports>(sp => new RecordingDeliveryReports(reports is null ? null : Resolve<IDeliveryReports>(sp, reports)));
        });
    }

    private static T Resolve<T>(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Api.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}
