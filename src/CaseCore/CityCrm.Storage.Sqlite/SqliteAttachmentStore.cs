using System.Security.Cryptography;
using CityCrm.Conversations.Attachments;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Attachments in the embedded database, content as a BLOB beside its entry.</summary>
public sealed class SqliteAttachmentStore(SqliteDatabase database, TimeProvider clock) : IAttachmentStore
{
    private const string Columns = "id AS Id, conversation_id AS ConversationId, name AS Name, content_type AS ContentType, "
        + "size AS Size, sha256 AS Sha256, created_at AS CreatedAt";

    public async Task<StoredAttachment> SaveAsync(NewAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.ConversationId);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(attachment.Content));
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO attachments (id, conversation_id, name, content_type, size, sha256, content, created_at)
            VALUES (@Id, @ConversationId, @Name, @ContentType, @Size, @Sha256, @Content, @CreatedAt)
            ON CONFLICT (conversation_id, sha256, name) DO NOTHING;
            """,
            new
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                attachment.ConversationId,
                attachment.Name,
                attachment.ContentType,
                Size = (long)attachment.Content.Length,
                Sha256 = sha256,
                attachment.Content,
                CreatedAt = clock.GetUtcNow().ToString("O"),
            },
            cancellationToken: cancellationToken));
        var row = await db.QuerySingleAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM attachments WHERE conversation_id = @ConversationId AND sha256 = @sha256 AND name = @Name;",
            new { attachment.ConversationId, sha256, attachment.Name }, cancellationToken: cancellationToken));
        return row.ToAttachment();
    }

    public async Task<StoredAttachment?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM attachments WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToAttachment();
    }

    public async Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.QuerySingleOrDefaultAsync<byte[]?>(new CommandDefinition(
            "SELECT content FROM attachments WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
    }

    private sealed record Row(string Id, string ConversationId, string Name, string ContentType, long Size, string Sha256, string CreatedAt)
    {
        public StoredAttachment ToAttachment() => new(Id, ConversationId, Name, ContentType, Size, Sha256, ContactRow.Parse(CreatedAt));
    }
}
