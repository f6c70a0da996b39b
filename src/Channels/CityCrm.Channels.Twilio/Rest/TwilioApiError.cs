using System.Text.Json.Serialization;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>Twilio's error body: its own error code (21211: invalid To), a message, a link and the HTTP status.</summary>
internal sealed record TwilioApiError(
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("more_info")] string? MoreInfo,
    [property: JsonPropertyName("status")] int? Status);
