using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Model;

/// <summary>
/// One entry of a conversation's transcript. The store assigns <see cref="Sequence"/> (1, 2, 3...)
/// when it appends; the sequence is the Direct Line watermark and orders the transcript.
/// </summary>
public sealed class Message
{
    public required string ConversationId { get; init; }
    public long Sequence { get; set; }
    public required MessageDirection Direction { get; init; }
    public required AuthorKind AuthorKind { get; init; }
    public string? AuthorId { get; init; }
    public string? AuthorName { get; init; }
    /// <summary>An internal note between agents: never sent to the resident.</summary>
    public bool IsPrivate { get; init; }
    public string? Text { get; init; }
    /// <summary>The normalized activity as received or as it will be sent.</summary>
    public required Activity Activity { get; init; }
    /// <summary>The provider's id (Direct Line clientActivityID, Twilio MessageSid...): a message is stored once per id.</summary>
    public string? ExternalId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Where a message pushed to the resident stands: null for messages never pushed (web chat reads the transcript),
    /// "pending" while in the outbox, then the provider's word ("queued", "sent", "delivered", "undelivered", "failed"),
    /// or "blocked" when the resident had opted out. See <see cref="Outbox.DeliveryStatuses"/>.
    /// </summary>
    public string? DeliveryStatus { get; set; }

    /// <summary>The provider's id for the sent message (Twilio's MessageSid); several, comma-separated, for a text sent in parts.</summary>
    public string? ProviderMessageId { get; set; }

    /// <summary>Why delivery failed, was blocked, or is being retried, for staff.</summary>
    public string? DeliveryError { get; set; }

    /// <summary>The id clients see, in Direct Line's "conversation|sequence" form.</summary>
    public string Id => $"{ConversationId}|{Sequence:D7}";
}
