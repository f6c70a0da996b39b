using Microsoft.Data.Sqlite;

namespace CityCrm.RetentionBench;

/// <summary>
/// Fills a database with resolved text conversations, each of its own contact with four messages (two from the
/// resident), written directly in one transaction so seeding is not what is measured.
/// </summary>
internal static class ConversationSeeder
{
    public const int MessagesPerConversation = 4;

    public static async Task SeedAsync(SqliteConnection db, int count, DateTimeOffset resolvedAt, CancellationToken cancellationToken)
    {
        var at = resolvedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(cancellationToken);
        await using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO contacts (id, display_name, language, created_at) VALUES ($c, 'Rosa Diaz', 'en', $at);
            INSERT INTO contact_identities (inbox_id, address, contact_id, created_at) VALUES ('sms-main', $phone, $c, $at);
            INSERT INTO conversations (id, inbox_id, channel_id, contact_id, address, status, created_at, updated_at, resolved_at, last_sequence)
            VALUES ($v, 'sms-main', 'sms', $c, $phone, 3, $at, $at, $at, 4);
            INSERT INTO messages (conversation_id, sequence, direction, author_kind, author_name, text, activity, created_at) VALUES
              ($v, 1, 0, 0, 'Rosa Diaz', 'There is a pothole outside 12 Elm St, I am Rosa', '{"type":"message","text":"There is a pothole outside 12 Elm St, I am Rosa","from":{"id":"+1","name":"Rosa"}}', $at),
              ($v, 2, 1, 1, 'Riverton 311', 'Thanks, what is the nearest address?', '{"type":"message","text":"Thanks, what is the nearest address?"}', $at),
              ($v, 3, 0, 0, 'Rosa Diaz', 'Call me on my cell, it is urgent', '{"type":"message","text":"Call me on my cell, it is urgent"}', $at),
              ($v, 4, 1, 1, 'Riverton 311', 'Your request is R-100001', '{"type":"message","text":"Your request is R-100001"}', $at);
            """;
        var (c, v, phone, when) = (command.Parameters.Add("$c", SqliteType.Text), command.Parameters.Add("$v", SqliteType.Text),
            command.Parameters.Add("$phone", SqliteType.Text), command.Parameters.Add("$at", SqliteType.Text));
        when.Value = at;
        for (var i = 0; i < count; i++)
        {
            (c.Value, v.Value, phone.Value) = ($"contact-{i:D7}", $"conv-{i:D7}", $"+1312{i:D7}");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }
}
