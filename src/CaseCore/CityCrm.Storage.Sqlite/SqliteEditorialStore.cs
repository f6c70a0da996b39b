using System.Data.Common;
using System.Text.Json;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The editorial history in the embedded database: <c>editorial_articles</c> holds each article's state,
/// <c>article_versions</c> every version as a JSON snapshot of the whole article. A new version and the
/// head moving to it are written in one transaction, guarded by the record's revision.
/// </summary>
public sealed class SqliteEditorialStore(SqliteDatabase database) : IEditorialStore
{
    private const string EntrySelect =
        """
        SELECT e.id, e.status, e.head_version, e.published_version, e.revision, e.head_author_name, e.updated_at, v.content
        FROM editorial_articles e JOIN article_versions v ON v.article_id = e.id AND v.number = e.head_version
        """;

    private const string VersionSelect =
        "SELECT number, content, author, author_name, created_at, comment FROM article_versions WHERE article_id = @id";

    public async Task<EditorialEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<EntryRow>(new CommandDefinition(
            EntrySelect + " WHERE e.id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    public async Task<IReadOnlyList<EditorialEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<EntryRow>(new CommandDefinition(EntrySelect + " ORDER BY e.id;", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<ArticleVersion?> GetVersionAsync(string id, int number, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            VersionSelect + " AND number = @number;", new { id, number }, cancellationToken: cancellationToken));
        return row?.ToVersion();
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<VersionRow>(new CommandDefinition(VersionSelect + " ORDER BY number;", new { id }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToVersion())];
    }

    public async Task SaveAsync(EditorialRecord record, ArticleVersion? version, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var parameters = new
        {
            record.Id,
            Status = record.Status.ToString(),
            record.HeadVersion,
            record.PublishedVersion,
            record.Revision,
            record.HeadAuthorName,
            UpdatedAt = SqliteConversationStore.Iso(record.UpdatedAt),
            Expected = expectedRevision,
        };
        var sql = expectedRevision == 0
            ? """
              INSERT INTO editorial_articles (id, status, head_version, published_version, revision, head_author_name, updated_at)
              VALUES (@Id, @Status, @HeadVersion, @PublishedVersion, @Revision, @HeadAuthorName, @UpdatedAt) ON CONFLICT (id) DO NOTHING;
              """
            : """
              UPDATE editorial_articles SET status = @Status, head_version = @HeadVersion, published_version = @PublishedVersion,
                  revision = @Revision, head_author_name = @HeadAuthorName, updated_at = @UpdatedAt
              WHERE id = @Id AND revision = @Expected;
              """;
        if (await db.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)) == 0)
            throw await ConflictAsync(db, transaction, record.Id, cancellationToken);
        if (version is not null)
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO article_versions (article_id, number, content, author, author_name, created_at, comment)
                VALUES (@Id, @Number, @Content, @Author, @AuthorName, @CreatedAt, @Comment);
                """,
                new
                {
                    record.Id,
                    version.Number,
                    Content = JsonSerializer.Serialize(version.Content),
                    version.Author,
                    version.AuthorName,
                    CreatedAt = SqliteConversationStore.Iso(version.At),
                    version.Comment,
                },
                transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<EditConflictException> ConflictAsync(DbConnection db, DbTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var current = await db.QuerySingleOrDefaultAsync<EntryRow>(new CommandDefinition(
            "SELECT head_version, head_author_name FROM editorial_articles WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
        return new EditConflictException(id, (int)(current?.HeadVersion ?? 0), current?.HeadAuthorName ?? "someone");
    }

    // Dapper row shapes: column names map to these properties.
    private sealed class EntryRow
    {
        public string Id { get; set; } = "";
        public string Status { get; set; } = "";
        public long HeadVersion { get; set; }
        public long? PublishedVersion { get; set; }
        public long Revision { get; set; }
        public string HeadAuthorName { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public string Content { get; set; } = "";

        public EditorialEntry ToEntry() => new(
            new EditorialRecord(Id, Enum.Parse<ArticleStatus>(Status), (int)HeadVersion, (int?)PublishedVersion, (int)Revision,
                HeadAuthorName, ContactRow.Parse(UpdatedAt)),
            JsonSerializer.Deserialize<Article>(Content)!);
    }

    private sealed class VersionRow
    {
        public long Number { get; set; }
        public string Content { get; set; } = "";
        public string Author { get; set; } = "";
        public string AuthorName { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public string? Comment { get; set; }

        public ArticleVersion ToVersion() => new(
            (int)Number, JsonSerializer.Deserialize<Article>(Content)!, Author, AuthorName, ContactRow.Parse(CreatedAt), Comment);
    }
}
