using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>One choice of a list attribute.</summary>
public sealed record AttributeValueDto(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name);
