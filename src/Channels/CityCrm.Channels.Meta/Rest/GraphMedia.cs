using System.Text.Json.Serialization;

namespace CityCrm.Channels.Meta.Rest;

/// <summary>The Graph API's answer to GET /{media-id}: a short-lived URL to download the file with the same token.</summary>
public sealed record GraphMedia(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("mime_type")] string? MimeType,
    [property: JsonPropertyName("file_size")] long? FileSize);
