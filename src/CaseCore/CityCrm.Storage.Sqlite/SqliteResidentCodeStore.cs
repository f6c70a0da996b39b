using CityCrm.Conversations.Portal;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Portal sign-in codes in the embedded SQLite file (<c>resident_codes</c>).</summary>
public sealed class SqliteResidentCodeStore(SqliteDatabase database) : IResidentCodeStore
{
    private const string Columns = "id, address_key, ip_key, contact_id, code_hash, created_at, expires_at, attempts, used_at";

    public async Task<long> AddAsync(ResidentCode code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO resident_codes (address_key, ip_key, contact_id, code_hash, created_at, expires_at, attempts, used_at)
            VALUES (@AddressKey, @IpKey, @ContactId, @CodeHash, @CreatedAt, @ExpiresAt, @Attempts, @UsedAt)
            RETURNING id;
            """,
            new
            {
                code.AddressKey, code.IpKey, code.ContactId, code.CodeHash, CreatedAt = Iso(code.CreatedAt), ExpiresAt = Iso(code.ExpiresAt),
                code.Attempts, UsedAt = code.UsedAt is { } used ? Iso(used) : null,
            },
            cancellationToken: cancellationToken));
    }

    public Task<IReadOnlyList<DateTimeOffset>> ListAddressRequestsAsync(string addressKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        TimesAsync("address_key", addressKey, since, cancellationToken);

    public Task<IReadOnlyList<DateTimeOffset>> ListIpRequestsAsync(string ipKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        TimesAsync("ip_key", ipKey, since, cancellationToken);

    public async Task<ResidentCode?> FindLatestCodeAsync(string addressKey, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM resident_codes WHERE address_key = @addressKey AND code_hash IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT 1;",
            new { addressKey }, cancellationToken: cancellationToken));
        return row?.ToCode();
    }

    public async Task<int> RecordAttemptAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<int?>(new CommandDefinition(
            "UPDATE resident_codes SET attempts = attempts + 1 WHERE id = @id RETURNING attempts;", new { id }, cancellationToken: cancellationToken))
            ?? throw new KeyNotFoundException($"No sign-in code has the id {id}.");
    }

    public async Task<bool> MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE resident_codes SET used_at = @at WHERE id = @id AND used_at IS NULL;", new { id, at = Iso(at) }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM resident_codes WHERE created_at < @before;", new { before = Iso(before) }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<DateTimeOffset>> TimesAsync(string column, string key, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var times = await db.QueryAsync<string>(new CommandDefinition(
            $"SELECT created_at FROM resident_codes WHERE {column} = @key AND created_at > @since ORDER BY created_at, id;",
            new { key, since = Iso(since) }, cancellationToken: cancellationToken));
        return [.. times.Select(ContactRow.Parse)];
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string AddressKey { get; init; } = "";
        public string IpKey { get; init; } = "";
        public string? ContactId { get; init; }
        public string? CodeHash { get; init; }
        public string CreatedAt { get; init; } = "";
        public string ExpiresAt { get; init; } = "";
        public long Attempts { get; init; }
        public string? UsedAt { get; init; }

        public ResidentCode ToCode() => new()
        {
            Id = Id, AddressKey = AddressKey, IpKey = IpKey, ContactId = ContactId, CodeHash = CodeHash, CreatedAt = ContactRow.Parse(CreatedAt),
            ExpiresAt = ContactRow.Parse(ExpiresAt), Attempts = (int)Attempts, UsedAt = ContactRow.ParseNullable(UsedAt),
        };
    }
}
