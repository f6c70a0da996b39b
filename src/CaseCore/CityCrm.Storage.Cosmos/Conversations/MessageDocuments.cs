using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// One message in its conversation's partition, with its outbox entries inside: a reply and the entries that push it
/// are written by one create, so neither exists without the other.
/// </summary>
internal sealed record MessageDocument(
    string Id, string Pk, string Type, long Sequence, int Direction, int AuthorKind, string? AuthorId, string? AuthorName,
    bool IsPrivate, string? Text, string Activity, string? ExternalId, DateTimeOffset CreatedAt, string ThreadKey, bool Handled,
    string? DeliveryStatus, string? ProviderMessageId, string? DeliveryError, DeliveryRoute? Route, IReadOnlyList<OutboxPart>? Outbox,
    int PendingParts)
{
    public const string Kind = "message";

    public static MessageDocument From(Message m, DeliveryRoute? route, IReadOnlyList<OutboxPart>? outbox) => new(
        ConversationKeys.Message(m.Sequence), m.ConversationId, Kind, m.Sequence, (int)m.Direction, (int)m.AuthorKind, m.AuthorId,
        m.AuthorName, m.IsPrivate, m.Text, ActivityJson.Serialize(m.Activity), m.ExternalId, m.CreatedAt,
        ConversationKeys.Sort(m.CreatedAt.UtcTicks, m.Sequence), m.Direction != MessageDirection.Incoming, m.DeliveryStatus,
        m.ProviderMessageId, m.DeliveryError, route, outbox, outbox?.Count(p => p.Status == DeliveryStatuses.Pending) ?? 0);

    public Message ToMessage() => new()
    {
        ConversationId = Pk,
        Sequence = Sequence,
        Direction = (MessageDirection)Direction,
        AuthorKind = (AuthorKind)AuthorKind,
        AuthorId = AuthorId,
        AuthorName = AuthorName,
        IsPrivate = IsPrivate,
        Text = Text,
        Activity = ActivityJson.Deserialize(Activity)!,
        ExternalId = ExternalId,
        CreatedAt = CreatedAt,
        DeliveryStatus = DeliveryStatus,
        ProviderMessageId = ProviderMessageId,
        DeliveryError = DeliveryError,
    };

    /// <summary>The message with part <paramref name="part"/> replaced and its delivery fields recombined from the parts.</summary>
    public MessageDocument WithPart(OutboxPart part)
    {
        var parts = Outbox!.Select(p => p.Part == part.Part ? part : p).ToList();
        var combined = DeliveryStatuses.Combine(parts.Select(p => new DeliveryState(p.Status, p.ProviderMessageId, p.Error)).ToList());
        return this with
        {
            Outbox = parts,
            PendingParts = parts.Count(p => p.Status == DeliveryStatuses.Pending),
            DeliveryStatus = combined.Status,
            ProviderMessageId = combined.ProviderMessageId,
            DeliveryError = combined.Error,
        };
    }

    /// <summary>The first part still waiting, which is the conversation's outbox head when this is its first such message.</summary>
    public OutboxPart? FirstPending => Outbox?.Where(p => p.Status == DeliveryStatuses.Pending).MinBy(p => p.Part);
}

/// <summary>Where a pushed message goes: copied from the conversation when it is stored, as the SQLite outbox row does.</summary>
internal sealed record DeliveryRoute(string InboxId, string ChannelId, string Address);

/// <summary>One outbox entry: a part of a message's text and where its delivery stands.</summary>
internal sealed record OutboxPart(
    long EntryId, int Part, string Text, string Status, string? ProviderMessageId, string? Error, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? AttemptStartedAt);
