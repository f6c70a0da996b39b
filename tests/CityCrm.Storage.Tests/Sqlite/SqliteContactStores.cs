using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The SQLite stores the contact contracts use, over one file.</summary>
internal static class SqliteContactStores
{
    /// <summary>Every contact store and the case store over <paramref name="temp"/>'s file, as the host wires them.</summary>
    public static ContactStores Over(TempSqliteDatabase temp) => new(
        new SqliteConversationStore(temp.Database, TimeProvider.System),
        new SqliteContactProfileStore(temp.Database),
        new SqliteContactConsentStore(temp.Database),
        new SqliteContactMergeStore(temp.Database),
        new SqliteCaseStore(temp.Database, TimeProvider.System));
}
