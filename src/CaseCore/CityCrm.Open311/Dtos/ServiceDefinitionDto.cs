using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>The answer of <c>services/{code}.{format}</c>.</summary>
public sealed record ServiceDefinitionDto(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<AttributeDto> Attributes);
