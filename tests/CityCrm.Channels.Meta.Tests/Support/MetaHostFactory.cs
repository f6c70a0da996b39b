using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>
/// The real host in memory on its own data folder and a clock the test can move, serving the test WhatsApp number
/// and Messenger page (Payloads/*.json are addressed to them) with a local fake Graph API.
/// </summary>
public sealed class MetaHostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-meta-").FullName;
    private int residents;
    private int ids;

    public FakeGraphApi Graph { get; private set; } = null!;

    public MovableClock Clock { get; } = new();

    public async Task InitializeAsync() => Graph = await FakeGraphApi.StartAsync();

    /// <summary>A resident's wa_id no other test in the host uses.</summary>
    public string NewWaId() => $"1555555{Interlocked.Increment(ref residents) + 2000:D4}";

    /// <summary>A provider message id no other test in the host uses.</summary>
    public string NewId(string prefix) => $"{prefix}TEST{Interlocked.Increment(ref ids):D6}";

    /// <summary>The resident's latest conversation on the inbox, or null when nothing was ever stored for them.</summary>
    public async Task<Conversation?> ConversationAsync(string inboxId, string address)
    {
        var store = Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(inboxId, address, null, CancellationToken.None);
        return await store.FindLatestAsync(inboxId, contact.Id, CancellationToken.None);
    }

    /// <summary>The resident's transcript on the inbox, or empty.</summary>
    public async Task<IReadOnlyList<Message>> TranscriptAsync(string inboxId, string address) =>
        await ConversationAsync(inboxId, address) is { } conversation
            ? await Services.GetRequiredService<ConversationService>().GetTranscriptAsync(conversation.Id, 0, 500, CancellationToken.None)
            : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        // Development validates every registration at start, as the other host tests do.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in TestMeta.Settings(Graph.BaseUrl))
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Graph.DisposeAsync();
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
