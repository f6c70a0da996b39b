namespace CityCrm.City311.Api.Dtos;

/// <summary>Where a WhatsApp conversation stands with the 24-hour customer-service window.</summary>
/// <param name="Open">Whether a reply may be sent as written now.</param>
/// <param name="ClosesAt">When the window closes (or closed); null when the resident never wrote.</param>
/// <param name="TemplateAvailable">Whether a "reply" template is configured to send instead once it is closed.</param>
public sealed record ChannelWindowDto(bool Open, DateTimeOffset? ClosesAt, bool TemplateAvailable);
