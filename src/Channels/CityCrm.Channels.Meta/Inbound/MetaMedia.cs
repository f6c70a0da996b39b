namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// Where staff open a resident's media. WhatsApp gives a media id, not a URL: the file is fetched through the Graph
/// API with the number's token only when someone opens it, so nothing is downloaded for media nobody looks at.
/// </summary>
public static class MetaMedia
{
    /// <summary>The route of the download, beside the console's other attachment downloads (agent sign-in required).</summary>
    public const string Route = "/api/agent/attachments/meta/{phoneNumberId}/{mediaId}";

    /// <summary>The console's path of a WhatsApp media file.</summary>
    public static string WhatsAppPath(string phoneNumberId, string mediaId) =>
        $"/api/agent/attachments/meta/{Uri.EscapeDataString(phoneNumberId)}/{Uri.EscapeDataString(mediaId)}";

    /// <summary>
    /// The type a download is served as: a picture, sound, video or PDF as declared, anything else as bytes, so a file
    /// that claims to be a page or a script is never run in the console's origin.
    /// </summary>
    public static string SafeType(string? declared)
    {
        var type = (declared ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var safe = type is "application/pdf" || (type.StartsWith("image/", StringComparison.Ordinal) && type != "image/svg+xml")
                   || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal);
        return safe ? type : "application/octet-stream";
    }
}
