using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Privacy;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Privacy;

/// <summary>The retention run over a SQLite file of its own and a clock the test moves, deleted on dispose.</summary>
public sealed class RetentionHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private readonly string folder;

    private RetentionHarness(string folder, SqliteDatabase database)
    {
        this.folder = folder;
        Conversations = new SqliteConversationStore(database, Clock);
        Cases = new SqliteCaseStore(database, Clock);
        Store = new SqlitePrivacyStore(database);
        Run = new RetentionRun(Store, Audit, Options.Create(Schedule), Clock);
    }

    public FakeTimeProvider Clock { get; } = new(T0);
    public RecordingAuditLog Audit { get; } = new();
    public RetentionOptions Schedule { get; } = new() { ResolvedConversationsDays = 30, ClosedCasesDays = 60, BatchSize = 2 };
    public SqliteConversationStore Conversations { get; }
    public SqliteCaseStore Cases { get; }
    public SqlitePrivacyStore Store { get; }
    public RetentionRun Run { get; }

    public static async Task<RetentionHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        return new RetentionHarness(folder, database);
    }

    /// <summary>A conversation with one message from the resident, resolved now.</summary>
    public async Task<Conversation> ResolvedConversationAsync(string address)
    {
        var contact = await Conversations.GetOrCreateContactAsync("sms-main", address, "Rosa", CancellationToken.None);
        var conversation = new Conversation(Guid.NewGuid().ToString("N"), new Inbox("sms-main", "sms", "SMS"), contact.Id, address, Clock.GetUtcNow());
        await Conversations.CreateAsync(conversation, CancellationToken.None);
        await Conversations.AppendAsync(new Message
        {
            ConversationId = conversation.Id, Direction = MessageDirection.Incoming, AuthorKind = AuthorKind.Contact, AuthorName = "Rosa",
            Text = "My name is Rosa, 12 Elm St", Activity = new Activity { Type = ActivityTypes.Message, Text = "My name is Rosa, 12 Elm St" },
            CreatedAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        var stored = (await Conversations.GetAsync(conversation.Id, CancellationToken.None))!;
        stored.Resolve("agent-1", Clock.GetUtcNow());
        await Conversations.SaveAsync(stored, CancellationToken.None);
        return stored;
    }

    /// <summary>A case of the contact, closed now.</summary>
    public async Task<Case> ClosedCaseAsync(string contactId, string reference)
    {
        var opened = new Case(Guid.NewGuid().ToString("N"), reference, Pothole,
            new OpenCaseRequest("pothole", "Hole by Rosa's house", "12 Elm St", contactId, null, "sms"), Clock.GetUtcNow());
        await Cases.CreateAsync(Case.Restore(opened.ToSnapshot() with { Status = CaseStatus.Closed }), CancellationToken.None);
        return opened;
    }

    public async Task<string?> FirstTextAsync(string conversationId) =>
        (await Conversations.GetMessagesAsync(conversationId, 0, 1, CancellationToken.None))[0].Text;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
