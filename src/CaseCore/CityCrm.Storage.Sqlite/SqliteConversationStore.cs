using System.Globalization;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>Contacts, conversations and transcripts in the embedded SQLite file.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock) : IConversationStore
{
    private const string ConversationColumns =
        "id, inbox_id, channel_id, contact_id, address, status, assignee_id, handoff_reason, created_at, updated_at, queued_at, resolved_at, bot_state, locale, version, queue, disposition";

    public async Task<Contact> GetOrCreateContactAsync(string inboxId, string address, string? displayName, CancellationToken cancellationToken)
    {
        await using (var reader = await database.OpenAsync(cancellationToken))
        {
            if (await FindContactByIdentityAsync(reader, null, inboxId, address, cancellationToken) is { } existing)
                return existing;
        }
        return await database.WriteAsync(async (db, tx, ct) =>
        {
            // Re-check inside the write transaction: another request may have created it meanwhile.
            if (await FindContactByIdentityAsync(db, tx, inboxId, address, ct) is { } found)
                return found;
            var now = clock.GetUtcNow();
            // A phone number known on another inbox is the same person: link this inbox to that contact.
            var contact = PhoneAddress.IsE164(address) ? await FindContactByAddressAsync(db, tx, address, ct) : null;
            if (contact is null)
            {
                contact = new Contact(NewId(), displayName, now);
                await db.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO contacts (id, display_name, created_at) VALUES (@id, @name, @at);",
                    new { id = contact.Id, name = displayName, at = Iso(now) }, tx, cancellationToken: ct));
            }
            await db.ExecuteAsync(new CommandDefinition(
                "INSERT INTO contact_identities (inbox_id, address, contact_id, created_at) VALUES (@inboxId, @address, @contactId, @at);",
                new { inboxId, address, contactId = contact.Id, at = Iso(now) }, tx, cancellationToken: ct));
            return contact;
        }, cancellationToken);
    }

    public async Task<Contact?> GetContactAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ContactRow>(new CommandDefinition(
            "SELECT id, display_name, language, created_at FROM contacts WHERE id = @contactId;", new { contactId }, cancellationToken: cancellationToken));
        return row?.ToContact();
    }

    public async Task<IReadOnlyList<ContactIdentity>> FindIdentitiesAsync(string address, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string InboxId, string Address, string ContactId)>(new CommandDefinition(
            "SELECT inbox_id, address, contact_id FROM contact_identities WHERE address = @address ORDER BY created_at, inbox_id;",
            new { address }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ContactIdentity(r.InboxId, r.Address, r.ContactId))];
    }

    public async Task<bool> LinkIdentityAsync(string inboxId, string address, string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var from = await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT contact_id FROM contact_identities WHERE inbox_id = @inboxId AND address = @address;", new { inboxId, address }, tx, cancellationToken: cancellationToken));
        var exists = await db.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM contacts WHERE id = @contactId;", new { contactId }, tx, cancellationToken: cancellationToken)) == 1;
        if (from is null || !exists)
            return false;
        var moved = new { inboxId, address, contactId, from };
        await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE cases SET contact_id = @contactId WHERE contact_id = @from
                AND conversation_id IN (SELECT id FROM conversations WHERE inbox_id = @inboxId AND address = @address);
            UPDATE conversations SET contact_id = @contactId WHERE inbox_id = @inboxId AND address = @address;
            UPDATE contact_identities SET contact_id = @contactId WHERE inbox_id = @inboxId AND address = @address;
            """, moved, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetContactLanguageAsync(string contactId, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return await database.WriteAsync(async (db, tx, ct) => await db.ExecuteAsync(new CommandDefinition(
            "UPDATE contacts SET language = @language WHERE id = @contactId;", new { contactId, language }, tx, cancellationToken: ct)) == 1, cancellationToken);
    }

    public async Task<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ConversationRow>(new CommandDefinition(
            $"SELECT {ConversationColumns} FROM conversations WHERE id = @conversationId;", new { conversationId }, cancellationToken: cancellationToken));
        return row?.ToConversation();
    }

    public async Task<Conversation?> FindLatestAsync(string inboxId, string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QueryFirstOrDefaultAsync<ConversationRow>(new CommandDefinition(
            // A conversation whose personal data was removed is never picked up again: the resident's next message starts a new one.
            $"SELECT {ConversationColumns} FROM conversations WHERE inbox_id = @inboxId AND contact_id = @contactId AND anonymized_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1;",
            new { inboxId, contactId }, cancellationToken: cancellationToken));
        return row?.ToConversation();
    }

    public async Task<bool> CreateAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var s = conversation.ToSnapshot();
        var inserted = await database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO conversations ({ConversationColumns}) VALUES (@Id, @InboxId, @ChannelId, @ContactId, @Address, @Status, @AssigneeId, @HandoffReason, @CreatedAt, @UpdatedAt, @QueuedAt, @ResolvedAt, @BotState, @Locale, 0, @Queue, @Disposition) ON CONFLICT (id) DO NOTHING;",
            ConversationRow.Parameters(s), tx, cancellationToken: ct)), cancellationToken);
        return inserted == 1;
    }

    public async Task SaveAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var s = conversation.ToSnapshot();
        var changed = await database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE conversations SET status = @Status, assignee_id = @AssigneeId, handoff_reason = @HandoffReason,
                updated_at = @UpdatedAt, queued_at = @QueuedAt, resolved_at = @ResolvedAt, bot_state = @BotState,
                locale = @Locale, queue = @Queue, disposition = @Disposition, version = version + 1
            WHERE id = @Id AND version = @Version;
            """,
            ConversationRow.Parameters(s), tx, cancellationToken: ct)), cancellationToken);
        if (changed != 1)
            throw new ConcurrencyConflictException($"Conversation {conversation.Id} was changed by someone else.");
        conversation.Version++;
    }

    public async Task<AppendResult> AppendAsync(Message message, CancellationToken cancellationToken)
    {
        return await database.WriteAsync((db, tx, ct) => MessageWriter.AppendAsync(db, tx, message, ct), cancellationToken);
    }

    public async Task<AppendResult> AppendForDeliveryAsync(Message message, IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        message.DeliveryStatus = DeliveryStatuses.Pending;
        return await database.WriteAsync(async (db, tx, ct) =>
        {
            var result = await MessageWriter.AppendAsync(db, tx, message, ct);
            if (!result.Duplicate)
                await SqliteOutboxStore.InsertAsync(db, tx, message, parts, clock.GetUtcNow(), ct);
            return result;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Conversation>> ListByContactAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ConversationRow>(new CommandDefinition(
            $"SELECT {ConversationColumns} FROM conversations WHERE contact_id = @contactId ORDER BY updated_at DESC, rowid DESC LIMIT @limit;",
            new { contactId, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToConversation()).ToList();
    }

    public async Task<IReadOnlyList<Message>> GetMessagesAsync(string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<MessageRow>(new CommandDefinition(
            $"SELECT {MessageWriter.Columns} FROM messages WHERE conversation_id = @conversationId AND sequence > @afterSequence ORDER BY sequence LIMIT @limit;",
            new { conversationId, afterSequence, limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToMessage()).ToList();
    }

    public async Task<IReadOnlyList<ThreadMessage>> GetThreadPageAsync(string contactId, ThreadPosition? before, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await ThreadReader.ReadAsync(db, contactId, before, limit, cancellationToken);
    }

    public async Task<IReadOnlyList<Conversation>> ListAsync(IReadOnlyCollection<ConversationStatus> statuses, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ConversationRow>(new CommandDefinition(
            $"SELECT {ConversationColumns} FROM conversations WHERE status IN @statuses ORDER BY updated_at DESC LIMIT @limit;",
            new { statuses = statuses.Select(s => (int)s).ToArray(), limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToConversation()).ToList();
    }

    public async Task<IReadOnlyList<Message>> GetUnhandledIncomingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<MessageRow>(new CommandDefinition(
            $"SELECT {MessageWriter.Columns} FROM messages WHERE handled = 0 AND direction = 0 ORDER BY created_at, sequence LIMIT @limit;",
            new { limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToMessage()).ToList();
    }

    public async Task MarkHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await database.WriteAsync((db, tx, ct) => db.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET handled = 1 WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { conversationId, sequence }, tx, cancellationToken: ct)), cancellationToken);
    }

    public async Task<bool> IsHandledAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT handled FROM messages WHERE conversation_id = @conversationId AND sequence = @sequence;",
            new { conversationId, sequence }, cancellationToken: cancellationToken)) == 1;
    }

    private static async Task<Contact?> FindContactByIdentityAsync(SqliteConnection db, SqliteTransaction? tx, string inboxId, string address, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<ContactRow>(new CommandDefinition(
            "SELECT c.id, c.display_name, c.language, c.created_at FROM contact_identities i JOIN contacts c ON c.id = i.contact_id WHERE i.inbox_id = @inboxId AND i.address = @address;",
            new { inboxId, address }, tx, cancellationToken: cancellationToken));
        return row?.ToContact();
    }

    private static async Task<Contact?> FindContactByAddressAsync(SqliteConnection db, SqliteTransaction tx, string address, CancellationToken cancellationToken)
    {
        var row = await db.QueryFirstOrDefaultAsync<ContactRow>(new CommandDefinition(
            "SELECT c.id, c.display_name, c.language, c.created_at FROM contact_identities i JOIN contacts c ON c.id = i.contact_id WHERE i.address = @address ORDER BY i.created_at, c.id LIMIT 1;",
            new { address }, tx, cancellationToken: cancellationToken));
        return row?.ToContact();
    }

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
}
