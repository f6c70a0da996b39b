using CityCrm.Conversations.Cases;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Conversation-to-case links in the embedded database; linking twice keeps the first link.</summary>
public sealed class SqliteConversationCaseLinks(SqliteDatabase database) : IConversationCaseLinks
{
    public async Task<bool> LinkAsync(ConversationCaseLink link, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var inserted = await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_cases (conversation_id, case_reference, linked_by, linked_at)
            VALUES (@ConversationId, @CaseReference, @LinkedBy, @LinkedAt)
            ON CONFLICT (conversation_id, case_reference) DO NOTHING;
            """,
            new { link.ConversationId, link.CaseReference, link.LinkedBy, LinkedAt = link.LinkedAt.ToString("O") },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<IReadOnlyList<ConversationCaseLink>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<LinkRow>(new CommandDefinition(
            """
            SELECT conversation_id AS ConversationId, case_reference AS CaseReference, linked_by AS LinkedBy, linked_at AS LinkedAt
            FROM conversation_cases WHERE conversation_id = @conversationId ORDER BY linked_at, case_reference;
            """,
            new { conversationId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConversationCaseLink(r.ConversationId, r.CaseReference, r.LinkedBy, ContactRow.Parse(r.LinkedAt)))];
    }

    private sealed record LinkRow(string ConversationId, string CaseReference, string LinkedBy, string LinkedAt);
}
