using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;
using Dapper;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The thread contract over a fresh SQLite file per test, and how the file keeps each message's contact.</summary>
public sealed class SqliteThreadStoreTests : ThreadStoreContract
{
    private TempSqliteDatabase? temp;

    [Fact]
    public async Task GetThreadPageAsync_RowInsertedWithoutContact_TakesItsConversationsContact()
    {
        var c = await CreateConversationAsync(Store);
        await using (var db = await temp!.Database.OpenAsync(None))
            await db.ExecuteAsync(
                "INSERT INTO messages (conversation_id, sequence, direction, author_kind, activity, text, created_at) VALUES (@id, 1, 0, 0, '{\"type\":\"message\"}', 'raw', '2026-03-02T14:30:00.0000000Z');",
                new { id = c.Id });

        var page = await Store.GetThreadPageAsync(c.ContactId, null, 10, None);

        Assert.Equal(["raw"], page.Select(m => m.Message.Text));
    }

    [Fact]
    public async Task GetThreadPageAsync_ConversationMovedByAnyUpdate_MovesItsMessages()
    {
        var from = await CreateConversationAsync(Store);
        var to = await CreateConversationAsync(Store);
        await Store.AppendAsync(Incoming(from.Id, "moved along"), None);

        // What a contact merge does to the conversations it moves.
        await using (var db = await temp!.Database.OpenAsync(None))
            await db.ExecuteAsync("UPDATE conversations SET contact_id = @to WHERE id = @id;", new { to = to.ContactId, id = from.Id });

        Assert.Equal(["moved along"], (await Store.GetThreadPageAsync(to.ContactId, null, 10, None)).Select(m => m.Message.Text));
        Assert.Empty(await Store.GetThreadPageAsync(from.ContactId, null, 10, None));
    }

    [Fact]
    public async Task GetThreadPageAsync_QueryPlan_WalksTheThreadIndexWithoutSorting()
    {
        await using var db = await temp!.Database.OpenAsync(None);

        var plan = string.Join('\n', (await db.QueryAsync<(long, long, long, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT m.sequence FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE m.contact_id = 'x' AND (m.created_at, m.conversation_id, m.sequence) < ('t', 'c', 1) ORDER BY m.created_at DESC, m.conversation_id DESC, m.sequence DESC LIMIT 50;"))
            .Select(r => r.Detail));

        Assert.Contains("ix_messages_thread", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    protected override async Task<IConversationStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteConversationStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
