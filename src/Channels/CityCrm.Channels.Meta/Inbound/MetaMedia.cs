namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// Where staff open a resident's media. WhatsApp gives a media id, not a URL: the file is fetched through the Graph
/// API with the number's token only when someone opens it, so nothing is downloaded for media nobody looks at.
/// </summary>
public static class MetaMedia
{
    /// <summary>The console's path of a WhatsApp media file (agent sign-in required).</summary>
    public static string WhatsAppPath(string phoneNumberId, string mediaId) =>
        $"/api/agent/meta/media/{Uri.EscapeDataString(phoneNumberId)}/{Uri.EscapeDataString(mediaId)}";
}
