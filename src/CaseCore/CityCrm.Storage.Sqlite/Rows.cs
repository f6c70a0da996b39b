using System.Globalization;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Storage.Sqlite;

// Dapper row shapes: column names map to these properties (snake_case via MatchNamesWithUnderscores).
internal sealed class ContactRow
{
    public string Id { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Language { get; set; }
    public string CreatedAt { get; set; } = "";

    public Contact ToContact() => new(Id, DisplayName, Parse(CreatedAt)) { Language = Language };

    internal static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    internal static DateTimeOffset? ParseNullable(string? value) => value is null ? null : Parse(value);
}

internal sealed class ConversationRow
{
    public string Id { get; set; } = "";
    public string InboxId { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public string Address { get; set; } = "";
    public long Status { get; set; }
    public string? AssigneeId { get; set; }
    public string? HandoffReason { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";
    public string? QueuedAt { get; set; }
    public string? ResolvedAt { get; set; }
    public string? BotState { get; set; }
    public string? Locale { get; set; }
    public long Version { get; set; }
    public string? Queue { get; set; }
    public string? Disposition { get; set; }

    public Conversation ToConversation() => Conversation.Restore(new ConversationSnapshot(
        Id, InboxId, ChannelId, ContactId, Address, (ConversationStatus)Status, AssigneeId, HandoffReason,
        ContactRow.Parse(CreatedAt), ContactRow.Parse(UpdatedAt), ContactRow.ParseNullable(QueuedAt),
        ContactRow.ParseNullable(ResolvedAt), BotState, Locale, (int)Version, Queue, Disposition));

    public static object Parameters(ConversationSnapshot s) => new
    {
        s.Id,
        s.InboxId,
        s.ChannelId,
        s.ContactId,
        s.Address,
        Status = (int)s.Status,
        s.AssigneeId,
        s.HandoffReason,
        CreatedAt = SqliteConversationStore.Iso(s.CreatedAt),
        UpdatedAt = SqliteConversationStore.Iso(s.UpdatedAt),
        QueuedAt = s.QueuedAt is { } q ? SqliteConversationStore.Iso(q) : null,
        ResolvedAt = s.ResolvedAt is { } r ? SqliteConversationStore.Iso(r) : null,
        s.BotState,
        s.Locale,
        s.Version,
        s.Queue,
        s.Disposition,
    };
}

internal class MessageRow
{
    public string ConversationId { get; set; } = "";
    public long Sequence { get; set; }
    public long Direction { get; set; }
    public long AuthorKind { get; set; }
    public string? AuthorId { get; set; }
    public string? AuthorName { get; set; }
    public long IsPrivate { get; set; }
    public string? Text { get; set; }
    public string Activity { get; set; } = "";
    public string? ExternalId { get; set; }
    public string CreatedAt { get; set; } = "";
    public string? DeliveryStatus { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? DeliveryError { get; set; }

    public Message ToMessage() => new()
    {
        ConversationId = ConversationId,
        Sequence = Sequence,
        Direction = (MessageDirection)Direction,
        AuthorKind = (AuthorKind)AuthorKind,
        AuthorId = AuthorId,
        AuthorName = AuthorName,
        IsPrivate = IsPrivate != 0,
        Text = Text,
        Activity = ActivityJson.Deserialize(Activity)!,
        ExternalId = ExternalId,
        CreatedAt = ContactRow.Parse(CreatedAt),
        DeliveryStatus = DeliveryStatus,
        ProviderMessageId = ProviderMessageId,
        DeliveryError = DeliveryError,
    };
}
