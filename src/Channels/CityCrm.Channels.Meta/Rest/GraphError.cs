using System.Text.Json.Serialization;

namespace CityCrm.Channels.Meta.Rest;

/// <summary>The Graph API's error body: {"error": {message, type, code, error_subcode, fbtrace_id}}.</summary>
internal sealed record GraphError([property: JsonPropertyName("error")] GraphErrorDetail? Error);

/// <summary>One Graph error: code 100 is a bad parameter, 131047 a closed window, 130429 throttling...</summary>
internal sealed record GraphErrorDetail(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("error_subcode")] int? Subcode,
    [property: JsonPropertyName("fbtrace_id")] string? TraceId);
