namespace CityCrm.City311.Api.Dtos;

/// <summary>A channel the person has written on, and whether an agent can answer them there now.</summary>
/// <param name="ConversationId">The conversation on that channel an answer goes to.</param>
/// <param name="Channel">The channel id ("sms", "whatsapp"...).</param>
/// <param name="InboxName">The inbox, as configured.</param>
/// <param name="CanReply">True when a reply can be sent there now.</param>
/// <param name="TemplateOnly">WhatsApp after the 24-hour window: only the approved template can go.</param>
/// <param name="Reason">Why not (or what to expect), in words for the agent.</param>
public sealed record ReachDto(string ConversationId, string Channel, string? InboxName, bool CanReply, bool TemplateOnly, string? Reason);
