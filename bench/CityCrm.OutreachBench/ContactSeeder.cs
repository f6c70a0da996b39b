using System.Text.Json;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.Data.Sqlite;

namespace CityCrm.OutreachBench;

/// <summary>
/// Writes <c>count</c> contacts straight into a migrated file (not timed): each with an SMS identity, a saved profile on
/// one of 40 streets, a language (one in five Spanish), and every tenth sharing a home with the one before.
/// </summary>
internal static class ContactSeeder
{
    public static readonly string[] Streets = [.. Enumerable.Range(1, 40).Select(i => $"{i}th St")];

    public static async Task SeedAsync(SqliteConnection db, int count, CancellationToken cancellationToken)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(cancellationToken);
        await using var contact = Command(db, tx, "INSERT INTO contacts (id, display_name, language, created_at) VALUES ($id, $name, $lang, '2026-01-01T00:00:00Z');");
        await using var identity = Command(db, tx, "INSERT INTO contact_identities (inbox_id, address, contact_id, created_at) VALUES ('sms', $address, $id, '2026-01-01T00:00:00Z');");
        await using var profile = Command(db, tx, "INSERT INTO contact_profiles (contact_id, data, version, updated_at) VALUES ($id, $data, 1, '2026-01-01T00:00:00Z');");
        for (var i = 0; i < count; i++)
        {
            var id = $"c{i:D7}";
            var phone = $"+1312{i:D7}";
            var language = i % 5 == 0 ? "es" : "en";
            var house = i % 10 == 9 ? i - 1 : i;
            var data = new ContactProfileData
            {
                ContactId = id, DisplayName = $"Resident {i}", Language = language, Phones = [new ContactPhone(phone, "mobile")],
                Address = new PostalAddress($"{100 + house / 40} {Streets[house % 40]}", null, "Riverton", "IL", "60601"),
                Tags = i % 3 == 0 ? ["flood-zone"] : [],
                Household = i % 7 == 0 ? [new HouseholdMember("Grandma", "senior")] : [],
            };
            Run(contact, ("$id", id), ("$name", data.DisplayName), ("$lang", language));
            Run(identity, ("$address", phone), ("$id", id));
            Run(profile, ("$id", id), ("$data", JsonSerializer.Serialize(data, json)));
        }
        await tx.CommitAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction tx, string sql)
    {
        var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, string Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }
}
