using CityCrm.Conversations.Mail;

namespace CityCrm.Storage.Cosmos.Mail;

/// <summary>
/// Mailbox read positions in container <c>mailcursors</c>, one document per mailbox: a point read, and a save that
/// moves forward under the ETag, so two readers of one mailbox never move it back.
/// </summary>
public sealed class CosmosMailboxCursors(CosmosStorage storage) : IMailboxCursors
{
    public static readonly CosmosContainerSpec Container = new("mailcursors");

    private readonly CosmosCollection cursors = storage.Collection(Container.Name);

    public async Task<MailboxCursor?> GetAsync(string mailbox, CancellationToken cancellationToken) =>
        (await cursors.ReadAsync<CursorDocument>("cursor", CosmosKeys.Escape(mailbox), cancellationToken))?.Document.Cursor;

    public async Task SaveAsync(MailboxCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        ArgumentException.ThrowIfNullOrWhiteSpace(cursor.Mailbox);
        var next = new CursorDocument("cursor", CosmosKeys.Escape(cursor.Mailbox), cursor);
        while (true)
        {
            var stored = await cursors.ReadAsync<CursorDocument>(next.Id, next.Pk, cancellationToken);
            // Under the same UIDVALIDITY the cursor only moves forward; a new UIDVALIDITY starts it afresh.
            if (stored?.Document.Cursor is { } current && current.UidValidity == cursor.UidValidity && current.LastUid >= cursor.LastUid)
                return;
            var written = stored is null
                ? await cursors.CreateAsync(next, next.Pk, cancellationToken)
                : await cursors.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken);
            if (written)
                return;
        }
    }

    private sealed record CursorDocument(string Id, string Pk, MailboxCursor Cursor);
}
