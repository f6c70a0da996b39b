using System.Text.Json;

namespace CityCrm.Channels.Schema;

/// <summary>A file, card or link sent with an activity.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
