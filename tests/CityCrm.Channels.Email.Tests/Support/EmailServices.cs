using CityCrm.CaseCore;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Schema;
using CityCrm.Conversations;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// The email sending side alone (no host) over a SQLite file of its own, with one mailbox (inbox "email-311",
/// 311@riverton.test) whose SMTP server is the given port; plus helpers that set up a conversation's mail thread and case.
/// </summary>
public sealed class EmailServices : IAsyncDisposable
{
    public const string Inbox = "email-311";
    public const string MailboxAddress = "311@riverton.test";
    private static int residents;

    private readonly bool ownsFolder;

    private EmailServices(ServiceProvider provider, string folder, bool ownsFolder)
    {
        Provider = provider;
        Folder = folder;
        this.ownsFolder = ownsFolder;
    }

    public ServiceProvider Provider { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "citycrm.db");

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>Services over <paramref name="folder"/> (kept on dispose), or over a new temp folder (deleted on dispose).</summary>
    public static async Task<EmailServices> CreateAsync(int smtpPort, int autoRepliesPerHour = 5, string? folder = null)
    {
        var ownsFolder = folder is null;
        folder ??= Directory.CreateTempSubdirectory("citycrm-email-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Conversations:Inboxes:0:Id"] = Inbox,
            ["Conversations:Inboxes:0:ChannelId"] = ChannelIds.Email,
            ["Conversations:Inboxes:0:Name"] = "311 mailbox",
            ["Conversations:PublicBaseUrl"] = "https://311.riverton.test",
            ["Email:AutoRepliesPerSenderPerHour"] = $"{autoRepliesPerHour}",
            ["Email:Mailboxes:0:InboxId"] = Inbox,
            ["Email:Mailboxes:0:Address"] = MailboxAddress,
            ["Email:Mailboxes:0:DisplayName"] = "Riverton 311",
            ["Email:Mailboxes:0:Smtp:Host"] = "127.0.0.1",
            ["Email:Mailboxes:0:Smtp:Port"] = $"{smtpPort}",
            ["Email:Mailboxes:0:Smtp:Security"] = "None",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ConversationOptions>(configuration.GetSection("Conversations"));
        services.AddSqliteStores(Path.Combine(folder, "citycrm.db"));
        services.AddEmailOutbound(configuration, TestPaths.EmailTemplates);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new EmailServices(provider, folder, ownsFolder);
    }

    /// <summary>A resident address no other test uses.</summary>
    public static string NewResident() => $"resident{Interlocked.Increment(ref residents)}.{Guid.NewGuid():N}@example.test";

    /// <summary>A conversation on the mailbox with the resident, with a contact of that name.</summary>
    public async Task<Conversation> OpenConversationAsync(string resident, string? name = null)
    {
        var store = Get<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(Inbox, resident, name, CancellationToken.None);
        var conversation = new Conversation(Guid.NewGuid().ToString("N"), new Inbox(Inbox, ChannelIds.Email, "311 mailbox"), contact.Id, resident, DateTimeOffset.UtcNow);
        await store.CreateAsync(conversation, CancellationToken.None);
        return conversation;
    }

    /// <summary>Records an email of the conversation's thread, as the inbound reader does for received mail.</summary>
    public Task RecordAsync(Conversation conversation, string messageId, bool outgoing, string subject, DateTimeOffset at) =>
        Get<IMailThreads>().RecordAsync(new MailThreadEntry(messageId, conversation.Id, Inbox, outgoing, subject, null, at), CancellationToken.None);

    /// <summary>Opens a pothole case from the conversation.</summary>
    public async Task<Case> OpenCaseAsync(Conversation conversation)
    {
        var store = Get<ICaseStore>();
        var service = new ServiceDefinition("pothole", "Pothole", "Public Works - Streets Division", "Holes in the street.", ["pothole"]);
        var @case = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(await store.NextNumberAsync(CancellationToken.None)), service,
            new OpenCaseRequest("pothole", "Deep pothole", "12 Elm Street", conversation.ContactId, conversation.Id, ChannelIds.Email), DateTimeOffset.UtcNow);
        await store.CreateAsync(@case, CancellationToken.None);
        return @case;
    }

    /// <summary>What the outbox would hand the sender for message <paramref name="sequence"/> written by the bot or an agent.</summary>
    public static OutboundDelivery Delivery(Conversation conversation, long sequence, string text, bool fromAgent = false) =>
        new(Inbox, conversation.Id, conversation.Address, sequence, new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.Email,
            From = fromAgent ? new ChannelAccount("agent-1", "Alex Agent", "agent") : new ChannelAccount("bot", "Riverton 311", "bot"),
            Text = text,
        });

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!ownsFolder)
            return;
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
