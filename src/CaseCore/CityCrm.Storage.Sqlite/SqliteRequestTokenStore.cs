using System.Globalization;
using CityCrm.CaseCore;
using Dapper;
using Microsoft.Data.Sqlite;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Open311 request tokens in the embedded SQLite file (table <c>open311_tokens</c>).</summary>
public sealed class SqliteRequestTokenStore(SqliteDatabase database) : IRequestTokenStore
{
    private const int UniqueViolation = 19;

    public async Task AddAsync(RequestToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var db = await database.OpenAsync(cancellationToken);
        try
        {
            await db.ExecuteAsync(new CommandDefinition(
                "INSERT INTO open311_tokens (token, reference, client, issued_at) VALUES (@Token, @Reference, @Client, @IssuedAt);",
                new { token.Token, token.Reference, token.Client, IssuedAt = Iso(token.IssuedAt) }, cancellationToken: cancellationToken));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            throw new InvalidOperationException($"The token '{token.Token}' was already issued.", e);
        }
    }

    public async Task<RequestToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
            "SELECT token, reference, client, issued_at FROM open311_tokens WHERE token = @token;",
            new { token }, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new RequestToken(row.Token, row.Reference, row.Client, DateTimeOffset.Parse(row.IssuedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    private sealed class TokenRow
    {
        public string Token { get; set; } = "";
        public string Reference { get; set; } = "";
        public string Client { get; set; } = "";
        public string IssuedAt { get; set; } = "";
    }
}
