using System.Text.Json.Serialization;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>The part of a listed Message resource the reconciliation reads.</summary>
internal sealed record TwilioListedMessage(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("date_created")] string? DateCreated);
