using System.Text.Json.Serialization;

namespace CityCrm.Open311;

/// <summary>One error in the spec's format: a code (the HTTP status) and a description naming the field and what is wrong.</summary>
public sealed record Open311Error(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("description")] string Description);
