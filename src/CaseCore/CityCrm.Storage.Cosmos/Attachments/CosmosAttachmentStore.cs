using System.Security.Cryptography;
using System.Text;
using CityCrm.Conversations.Attachments;

namespace CityCrm.Storage.Cosmos.Attachments;

/// <summary>
/// Attachments in container <c>attachments</c>, each in its own partition. A file (up to 48 MiB) does not fit one
/// item (2 MB), so its content is cut into chunks of <see cref="ChunkSize"/> bytes, each a document, written before the
/// head document that makes the attachment visible: a save that stops half-way leaves nothing anyone can find. The id
/// derives from the conversation, the content's SHA-256 and the name, so the same file saved twice in a conversation
/// lands on the same id and the first head stays.
/// </summary>
public sealed class CosmosAttachmentStore(CosmosStorage storage, TimeProvider clock) : IAttachmentStore
{
    public static readonly CosmosContainerSpec Container = new("attachments");

    /// <summary>Raw bytes per chunk: 1 MiB becomes about 1.4 MB of base64, well inside the 2 MB item limit.</summary>
    public const int ChunkSize = 1024 * 1024;

    private readonly CosmosCollection attachments = storage.Collection(Container.Name);

    public async Task<StoredAttachment> SaveAsync(NewAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentException.ThrowIfNullOrWhiteSpace(attachment.ConversationId);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(attachment.Content));
        var id = IdOf(attachment.ConversationId, sha256, attachment.Name);
        if (await ReadHeadAsync(id, cancellationToken) is { } existing)
            return existing.Attachment;
        var chunks = (attachment.Content.Length + ChunkSize - 1) / ChunkSize;
        for (var i = 0; i < chunks; i++)
        {
            var part = attachment.Content.AsSpan(i * ChunkSize, Math.Min(ChunkSize, attachment.Content.Length - i * ChunkSize)).ToArray();
            // An upsert: a concurrent or retried save of the same file writes the very same bytes.
            await attachments.UpsertAsync(new ChunkDocument(ChunkId(i), id, part), id, cancellationToken);
        }
        var head = new HeadDocument("head", id, chunks,
            new StoredAttachment(id, attachment.ConversationId, attachment.Name, attachment.ContentType, attachment.Content.Length, sha256, clock.GetUtcNow()));
        if (await attachments.CreateAsync(head, id, cancellationToken))
            return head.Attachment;
        return (await ReadHeadAsync(id, cancellationToken))?.Attachment
            ?? throw new InvalidOperationException($"The attachment {id} was saved and then deleted meanwhile.");
    }

    public async Task<StoredAttachment?> FindAsync(string id, CancellationToken cancellationToken) =>
        IsId(id) ? (await ReadHeadAsync(id, cancellationToken))?.Attachment : null;

    public async Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id) || await ReadHeadAsync(id, cancellationToken) is not { } head)
            return null;
        var content = new byte[head.Attachment.Size];
        var offset = 0;
        for (var i = 0; i < head.Chunks; i++)
        {
            var chunk = await attachments.ReadAsync<ChunkDocument>(ChunkId(i), id, cancellationToken)
                ?? throw new InvalidOperationException($"Chunk {i} of attachment {id} is missing.");
            chunk.Document.Content.CopyTo(content, offset);
            offset += chunk.Document.Content.Length;
        }
        // The head promised this content: anything else is damage, not a file to hand to an agent.
        if (offset != content.Length || Convert.ToHexStringLower(SHA256.HashData(content)) != head.Attachment.Sha256)
            throw new InvalidOperationException($"The content of attachment {id} does not match its entry.");
        return content;
    }

    private static string IdOf(string conversationId, string sha256, string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId + "\n" + sha256 + "\n" + name)))[..32];

    // Ids are 32 lower-case hex digits; anything else names no attachment (and never reaches Cosmos as a key).
    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static string ChunkId(int index) => "chunk:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HeadDocument?> ReadHeadAsync(string id, CancellationToken cancellationToken) =>
        (await attachments.ReadAsync<HeadDocument>("head", id, cancellationToken))?.Document;

    private sealed record HeadDocument(string Id, string Pk, int Chunks, StoredAttachment Attachment);

    private sealed record ChunkDocument(string Id, string Pk, byte[] Content);
}
