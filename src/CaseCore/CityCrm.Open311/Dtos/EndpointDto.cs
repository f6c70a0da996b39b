using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>One endpoint listed by discovery.</summary>
public sealed record EndpointDto(
    [property: JsonPropertyName("specification")] string Specification,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("changeset")] string Changeset,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats);
