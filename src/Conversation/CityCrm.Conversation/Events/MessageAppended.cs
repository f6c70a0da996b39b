using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Events;

/// <summary>A message was durably appended to a conversation's transcript.</summary>
public sealed record MessageAppended(Message Message, string InboxId, string ChannelId, string Address) : IDomainEvent
{
    public DateTimeOffset OccurredAt => Message.CreatedAt;
}
