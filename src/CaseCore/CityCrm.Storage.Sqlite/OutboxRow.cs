using CityCrm.Channels.Schema;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Storage.Sqlite;

// Dapper row shape of a pending outbox entry joined with its message's activity.
internal sealed class OutboxRow
{
    public const string Select =
        """
        SELECT o.id, o.conversation_id, o.sequence, o.part, o.part_count, o.inbox_id, o.channel_id, o.address, o.text,
            o.attempts, o.created_at, o.next_attempt_at, o.attempt_started_at, m.activity
        FROM outbox o JOIN messages m ON m.conversation_id = o.conversation_id AND m.sequence = o.sequence
        """;

    public long Id { get; set; }
    public string ConversationId { get; set; } = "";
    public long Sequence { get; set; }
    public long Part { get; set; }
    public long PartCount { get; set; }
    public string InboxId { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string Address { get; set; } = "";
    public string Text { get; set; } = "";
    public long Attempts { get; set; }
    public string CreatedAt { get; set; } = "";
    public string NextAttemptAt { get; set; } = "";
    public string Activity { get; set; } = "";
    public string? AttemptStartedAt { get; set; }

    public OutboxEntry ToEntry() => new(
        Id, ConversationId, Sequence, (int)Part, (int)PartCount, InboxId, ChannelId, Address, Text, (int)Attempts,
        ContactRow.Parse(CreatedAt), ContactRow.Parse(NextAttemptAt), ActivityJson.Deserialize(Activity)!,
        AttemptStartedAt is null ? null : ContactRow.Parse(AttemptStartedAt));
}
