using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>
/// The answer to <c>POST requests.{format}</c>. The request exists at once, so the id is always there; the token
/// is given too, for clients that track what they filed by token.
/// </summary>
public sealed record RequestCreatedDto(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("service_notice")] string? ServiceNotice,
    [property: JsonPropertyName("account_id")] string? AccountId);
