using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>A service in <c>services.{format}</c>; members in the order DC's XML lists them.</summary>
public sealed record ServiceDto(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("metadata")] bool Metadata,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("keywords")] string? Keywords,
    [property: JsonPropertyName("group")] string? Group,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("description")] string? Description);
