using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>One question of a service definition, with the datatype spelled as the spec spells it.</summary>
public sealed record AttributeDto(
    [property: JsonPropertyName("variable")] bool Variable,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("datatype")] string Datatype,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("datatype_description")] string? DatatypeDescription,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("values")] IReadOnlyList<AttributeValueDto> Values);
