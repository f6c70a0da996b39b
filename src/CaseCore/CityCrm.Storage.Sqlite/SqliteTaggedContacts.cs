using CityCrm.Conversations.Surveys;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Contacts by profile tag, read from <c>contact_profiles</c> in the embedded SQLite file.</summary>
public sealed class SqliteTaggedContacts(SqliteDatabase database) : ITaggedContacts
{
    public async Task<IReadOnlyList<string>> ListAsync(string tag, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return [.. await db.QueryAsync<string>(new CommandDefinition(
            """
            SELECT p.contact_id FROM contact_profiles p
            WHERE p.merged_into IS NULL AND EXISTS (SELECT 1 FROM json_each(p.data, '$.tags') t WHERE lower(t.value) = lower(@tag))
            ORDER BY p.contact_id;
            """, new { tag }, cancellationToken: cancellationToken))];
    }
}
