using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The SQLite stores the privacy contract uses, over one file.</summary>
internal static class SqlitePrivacyStores
{
    public static PrivacyStores Over(TempSqliteDatabase temp) => new(
        new SqlitePrivacyStore(temp.Database), new SqliteConversationStore(temp.Database, TimeProvider.System), new SqliteCaseStore(temp.Database, TimeProvider.System),
        new SqliteContactProfileStore(temp.Database), new SqliteAttachmentStore(temp.Database, TimeProvider.System));
}
