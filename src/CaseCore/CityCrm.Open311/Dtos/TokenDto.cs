using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>The answer of <c>tokens/{token}.{format}</c>: the request the token stands for.</summary>
public sealed record TokenDto(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("token")] string Token);
