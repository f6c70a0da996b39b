using CityCrm.Conversations.Cases;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The conversation-to-case links contract over a fresh SQLite file per test.</summary>
public sealed class SqliteConversationCaseLinksTests : ConversationCaseLinksContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IConversationCaseLinks> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteConversationCaseLinks(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
