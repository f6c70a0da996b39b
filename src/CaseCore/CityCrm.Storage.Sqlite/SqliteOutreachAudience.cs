using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Sqlite;

/// <summary>The outreach audience read from the contacts, profiles, identities and consents in the embedded SQLite file.</summary>
public sealed class SqliteOutreachAudience(SqliteDatabase database) : IOutreachAudience
{
    public Task<IReadOnlyList<AudienceMember>> ReadAsync(CancellationToken cancellationToken) =>
        new SqliteSegmentStore(database).ReadAudienceAsync(cancellationToken);
}
