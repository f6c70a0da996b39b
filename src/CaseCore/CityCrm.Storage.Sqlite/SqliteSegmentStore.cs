using System.Text.Json;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Outreach;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Outreach segments (<c>outreach_segments</c>) and the audience read from contacts, profiles, identities and consents.</summary>
public sealed class SqliteSegmentStore(SqliteDatabase database) : ISegmentStore
{
    private const string Columns = "id, name, rules, version, created_by, created_at, updated_by, updated_at";

    public async Task CreateAsync(Segment segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO outreach_segments ({Columns}) VALUES (@Id, @Name, @Rules, 1, @CreatedBy, @CreatedAt, @UpdatedBy, @UpdatedAt);",
            Parameters(segment), cancellationToken: cancellationToken));
    }

    public async Task<Segment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SegmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM outreach_segments WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return rows.Select(ToSegment).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Segment>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SegmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM outreach_segments ORDER BY name COLLATE NOCASE, id;", cancellationToken: cancellationToken));
        return [.. rows.Select(ToSegment)];
    }

    public async Task<bool> UpdateAsync(Segment segment, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE outreach_segments SET name = @Name, rules = @Rules, version = version + 1, updated_by = @UpdatedBy, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @expectedVersion;
            """,
            new { segment.Id, segment.Name, Rules = JsonSerializer.Serialize(segment.Rules, ContactProfileRows.Json), segment.UpdatedBy, UpdatedAt = Iso(segment.UpdatedAt), expectedVersion },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<AudienceMember>> ReadAudienceAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // One read transaction, so the three reads see the same contacts.
        await using var tx = db.BeginTransaction(deferred: true);
        var identities = (await db.QueryAsync<(string ContactId, string InboxId, string Address)>(new CommandDefinition(
                "SELECT contact_id, inbox_id, address FROM contact_identities ORDER BY contact_id, created_at, inbox_id;", transaction: tx, cancellationToken: cancellationToken)))
            .GroupBy(r => r.ContactId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AudienceIdentity>)[.. g.Select(r => new AudienceIdentity(r.InboxId, r.Address))], StringComparer.Ordinal);
        // The latest subscription record per contact and topic is the one in force.
        var subscriptions = (await db.QueryAsync<(string ContactId, string Topic)>(new CommandDefinition(
                """
                SELECT c.contact_id, c.topic FROM contact_consents c
                JOIN (SELECT contact_id, topic, MAX(id) AS id FROM contact_consents WHERE channel_id = '*' AND topic LIKE 'subscription:%' GROUP BY contact_id, topic) l ON l.id = c.id
                WHERE c.opted_in = 1;
                """, transaction: tx, cancellationToken: cancellationToken)))
            .GroupBy(r => r.ContactId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => OutreachTopics.SubscriptionOf(r.Topic)!).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var contacts = await db.QueryAsync<(string Id, string? DisplayName, string? Language, string? Data, double? Latitude, double? Longitude)>(new CommandDefinition(
            """
            SELECT c.id, c.display_name, c.language, p.data, p.latitude, p.longitude
            FROM contacts c LEFT JOIN contact_profiles p ON p.contact_id = c.id WHERE p.merged_into IS NULL;
            """,
            transaction: tx, cancellationToken: cancellationToken));
        IReadOnlyList<AudienceIdentity> none = [];
        IReadOnlySet<string> noTopics = new HashSet<string>();
        return [.. contacts.Select(c =>
        {
            var known = identities.GetValueOrDefault(c.Id, none);
            return new AudienceMember(Profile(c.Id, c.DisplayName, c.Language, c.Data, known), known, subscriptions.GetValueOrDefault(c.Id, noTopics),
                c.Latitude is { } lat && c.Longitude is { } lon ? new GeoPoint(lon, lat) : null);
        })];
    }

    // The same profile ContactProfileRows.ReadAsync gives, read in bulk: the contact's language wins over the stored one.
    private static ContactProfileData Profile(string id, string? displayName, string? language, string? data, IReadOnlyList<AudienceIdentity> identities) =>
        data is not null
            ? JsonSerializer.Deserialize<ContactProfileData>(data, ContactProfileRows.Json)! with { Language = language }
            : new ContactProfileData
            {
                ContactId = id,
                DisplayName = displayName,
                Language = language,
                Phones = [.. identities.Select(i => i.Address).Where(PhoneAddress.IsE164).Distinct().Select(a => new ContactPhone(a, null))],
                Emails = [.. identities.Select(i => i.Address).Where(a => a.Contains('@')).Select(a => a.ToLowerInvariant()).Distinct()],
            };

    private static object Parameters(Segment s) => new
    {
        s.Id, s.Name, Rules = JsonSerializer.Serialize(s.Rules, ContactProfileRows.Json), s.CreatedBy, CreatedAt = Iso(s.CreatedAt), s.UpdatedBy, UpdatedAt = Iso(s.UpdatedAt),
    };

    private static Segment ToSegment(SegmentRow r) => new(r.Id, r.Name, JsonSerializer.Deserialize<SegmentRules>(r.Rules, ContactProfileRows.Json)!, (int)r.Version,
        r.CreatedBy, ContactRow.Parse(r.CreatedAt), r.UpdatedBy, ContactRow.Parse(r.UpdatedAt));

    private sealed class SegmentRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Rules { get; set; } = "";
        public long Version { get; set; }
        public string CreatedBy { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string UpdatedBy { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
    }
}
