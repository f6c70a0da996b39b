using CityCrm.Conversations;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>
/// The Meta registrations alone (no host) for the test number and page and a given Graph server, over a SQLite
/// conversation store in a temporary folder and a clock the test moves.
/// </summary>
public sealed class MetaServices : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("citycrm-meta-services-").FullName;

    private MetaServices(string graphBaseUrl, Action<Dictionary<string, string?>>? change)
    {
        var settings = TestMeta.Settings(graphBaseUrl);
        string[][] inboxes = [[TestMeta.WhatsAppInbox, ChannelIds.WhatsApp], [TestMeta.MessengerInbox, ChannelIds.Messenger]];
        for (var i = 0; i < inboxes.Length; i++)
            (settings[$"Conversations:Inboxes:{i}:Id"], settings[$"Conversations:Inboxes:{i}:ChannelId"], settings[$"Conversations:Inboxes:{i}:Name"]) = (inboxes[i][0], inboxes[i][1], inboxes[i][0]);
        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.Configure<ConversationOptions>(configuration.GetSection("Conversations"));
        services.AddSqliteStores(Path.Combine(folder, "meta.db"));
        services.AddMeta(configuration);
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public MovableClock Clock { get; } = new();

    public ServiceProvider Provider { get; }

    public static async Task<MetaServices> CreateAsync(string graphBaseUrl, Action<Dictionary<string, string?>>? change = null)
    {
        var services = new MetaServices(graphBaseUrl, change);
        await services.Provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return services;
    }

    public IChannelSender Sender(string channelId) => Assert.Single(Provider.GetServices<IChannelSender>(), s => s.ChannelId == channelId);

    /// <summary>A conversation on the inbox in which the resident at <paramref name="address"/> wrote once, now.</summary>
    public async Task<Conversation> ConversationWithResidentMessageAsync(string inboxId, string channelId, string address)
    {
        var store = Provider.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(inboxId, address, null, CancellationToken.None);
        var conversation = new Conversation(Guid.NewGuid().ToString("N"), new Inbox(inboxId, channelId, inboxId), contact.Id, address, Clock.GetUtcNow());
        await store.CreateAsync(conversation, CancellationToken.None);
        await store.AppendAsync(new Message
        {
            ConversationId = conversation.Id, Direction = MessageDirection.Incoming, AuthorKind = AuthorKind.Contact, Text = "Hello",
            Activity = new() { Type = "message", Text = "Hello" }, CreatedAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        return conversation;
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}
