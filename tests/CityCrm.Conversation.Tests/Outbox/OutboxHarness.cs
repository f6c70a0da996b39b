using CityCrm.Channels;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>
/// The conversation service and the outbox dispatcher over a real SQLite file, a recording SMS sender and a
/// clock the test moves. Dispatchers are started and stopped by the test, like a host restarting.
/// </summary>
public sealed class OutboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    public static readonly Inbox Sms = new("sms-main", "sms", "Riverton 311 SMS");
    public static readonly Inbox Web = new("web", "webchat", "Riverton web chat");

    // Only a bound on failure: a dispatcher that never gets there fails the test instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string folder;
    private readonly List<OutboxDispatcher> running = [];

    private OutboxHarness(string folder, SqliteDatabase database, Func<TimeProvider, IChannelSender>? sender)
    {
        this.folder = folder;
        Store = new SqliteConversationStore(database, Clock);
        Outbox = new SqliteOutboxStore(database);
        OptOuts = new SqliteOptOutRegistry(database);
        Consents = new SqliteContactConsentStore(database);
        Consent = new CityCrm.Conversations.Contacts.Consent.ConsentPolicy(OptOuts, Consents, Store);
        Sender = new RecordingSender(Clock);
        Senders = new ChannelSenders([sender?.Invoke(Clock) ?? Sender]);
        Conversations = new ConversationService(Store, new InboxRegistry([Sms, Web]), Publisher, new BotTurnQueue(), Senders, Signal, Clock);
        Reports = new DeliveryReportService(Outbox, Publisher, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(T0);
    public SqliteConversationStore Store { get; }
    public SqliteOutboxStore Outbox { get; }
    public SqliteOptOutRegistry OptOuts { get; }
    public SqliteContactConsentStore Consents { get; }
    public CityCrm.Conversations.Contacts.Consent.ConsentPolicy Consent { get; }
    public RecordingSender Sender { get; }
    public ChannelSenders Senders { get; }
    public OutboxSignal Signal { get; } = new();
    public RecordingPublisher Publisher { get; } = new();
    public ConversationService Conversations { get; }
    public DeliveryReportService Reports { get; }

    /// <summary>A harness over a new SQLite file; <paramref name="sender"/> replaces the recording SMS sender.</summary>
    public static async Task<OutboxHarness> CreateAsync(Func<TimeProvider, IChannelSender>? sender = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        return new OutboxHarness(folder, database, sender);
    }

    /// <summary>A conversation with a resident on <paramref name="inbox"/> (SMS unless told).</summary>
    public Task<Conversation> StartAsync(string address, Inbox? inbox = null) =>
        Conversations.StartAsync((inbox ?? Sms).Id, address, "Resident", null, CancellationToken.None);

    public Task<Message> AgentSaysAsync(Conversation conversation, string text, bool isPrivate = false) =>
        Conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.Agent, "agent-1", "Alex", text, isPrivate), CancellationToken.None);

    /// <summary>Starts a dispatcher, as a host does at start-up.</summary>
    public async Task<OutboxDispatcher> StartDispatcherAsync()
    {
        var dispatcher = new OutboxDispatcher(Outbox, Senders, Consent, Publisher, Signal, Clock, NullLogger<OutboxDispatcher>.Instance);
        running.Add(dispatcher);
        await dispatcher.StartAsync(CancellationToken.None);
        return dispatcher;
    }

    public async Task StopDispatcherAsync(OutboxDispatcher dispatcher)
    {
        running.Remove(dispatcher);
        await dispatcher.StopAsync(CancellationToken.None);
        dispatcher.Dispose();
    }

    /// <summary>Lets the dispatcher run, moving the clock on by <paramref name="step"/> each round, until <paramref name="done"/> holds.</summary>
    public async Task RunUntilAsync(Func<Task<bool>> done, TimeSpan step)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < giveUp, "The outbox did not get there.");
            await Task.Delay(5);
            Clock.Advance(step);
        }
    }

    /// <summary>The stored transcript's messages.</summary>
    public Task<IReadOnlyList<Message>> TranscriptAsync(Conversation conversation) =>
        Store.GetMessagesAsync(conversation.Id, 0, 100, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        foreach (var dispatcher in running.ToList())
            await StopDispatcherAsync(dispatcher);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
