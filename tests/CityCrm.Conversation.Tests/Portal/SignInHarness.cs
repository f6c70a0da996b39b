using CityCrm.Channels;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Portal;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Portal;

/// <summary>
/// Portal sign-in over a SQLite file of its own, with a clock the test moves, an SMS and an email inbox whose
/// senders record what they are given, and the real directory, consent policy and code sender.
/// </summary>
public sealed class SignInHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string folder;

    private SignInHarness(string folder, SqliteDatabase database)
    {
        this.folder = folder;
        Database = database;
        Conversations = new SqliteConversationStore(database, TimeProvider.System);
        Profiles = new SqliteContactProfileStore(database);
        Consents = new SqliteContactConsentStore(database);
        Codes = new SqliteResidentCodeStore(database);
        var inboxes = new InboxRegistry([new Inbox("web", "webchat", "Web"), new Inbox("sms", "sms", "Text line"),
            new Inbox("phone", "voice", "Phone line", "sms"), new Inbox("email", "email", "311 email")]);
        var senders = new ChannelSenders([Sms, Email]);
        var conversationOptions = Options.Create(new ConversationOptions { CityName = "Riverton", DefaultRegion = "US" });
        var directory = new ResidentDirectory(Conversations, Profiles, inboxes, senders, NullLogger<ResidentDirectory>.Instance);
        CodeBook = new ResidentCodes(Codes, ResidentHashKey.From(null, folder), Options.Create(Settings), Clock);
        SignIn = new ResidentSignIn(CodeBook, directory, Queue, conversationOptions);
        Directory = directory;
        var consent = new ConsentPolicy(new SqliteOptOutRegistry(database), Consents, Conversations);
        Sender = new ResidentCodeSender(senders, consent, Conversations, Options.Create(Settings), conversationOptions, NullLogger<ResidentCodeSender>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(T0);
    public ResidentSignInOptions Settings { get; } = new();
    public RecordingSender Sms { get; } = new(ChannelIds.Sms);
    public RecordingSender Email { get; } = new(ChannelIds.Email);
    public ResidentCodeQueue Queue { get; } = new();
    public SqliteConversationStore Conversations { get; }
    public SqliteContactProfileStore Profiles { get; }
    public SqliteContactConsentStore Consents { get; }
    public SqliteResidentCodeStore Codes { get; }
    public ResidentSignIn SignIn { get; }
    public ResidentCodes CodeBook { get; }
    public ResidentDirectory Directory { get; }
    public SqliteDatabase Database { get; }

    /// <summary>The data folder, where the generated hash key is kept.</summary>
    public string Folder => folder;
    public ResidentCodeSender Sender { get; }

    public static async Task<SignInHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        return new SignInHarness(folder, database);
    }

    /// <summary>A contact known by <paramref name="address"/> on <paramref name="inboxId"/>.</summary>
    public async Task<string> ContactAsync(string inboxId, string address) =>
        (await Conversations.GetOrCreateContactAsync(inboxId, address, "Resident", CancellationToken.None)).Id;

    /// <summary>Asks for a code from <paramref name="ip"/> and returns the outcome with the code queued for it, if any.</summary>
    public async Task<(CodeRequestOutcome Outcome, ResidentCodeDelivery? Delivery)> RequestAsync(string address, string ip = "203.0.113.7")
    {
        var outcome = await SignIn.RequestCodeAsync(address, ip, "en", CancellationToken.None);
        return (outcome, Queue.Reader.TryRead(out var delivery) ? delivery : null);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(folder))
            System.IO.Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
