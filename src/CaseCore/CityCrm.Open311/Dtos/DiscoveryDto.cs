using System.Text.Json.Serialization;

namespace CityCrm.Open311.Dtos;

/// <summary>The answer of <c>discovery.{format}</c>: who runs the API and where its endpoints are.</summary>
public sealed record DiscoveryDto(
    [property: JsonPropertyName("changeset")] string Changeset,
    [property: JsonPropertyName("contact")] string Contact,
    [property: JsonPropertyName("key_service")] string KeyService,
    [property: JsonPropertyName("endpoints")] IReadOnlyList<EndpointDto> Endpoints);
