using System.Text.Json.Serialization;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>The part of Twilio's Message resource (201 answer to a create) the service reads.</summary>
internal sealed record TwilioMessageResource(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("error_code")] int? ErrorCode,
    [property: JsonPropertyName("error_message")] string? ErrorMessage);
