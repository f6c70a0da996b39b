namespace CityCrm.Channels.DirectLine.Uploads;

/// <summary>
/// A file a resident uploaded, kept at <c>{data}/uploads/{ConversationId}/{FileId}/</c>.
/// </summary>
/// <param name="ConversationId">The conversation it was sent in.</param>
/// <param name="FileId">128 random bits: the file's URL is its only protection.</param>
/// <param name="FileName">The sanitized name it is served under.</param>
/// <param name="ContentType">The media type the client declared (parameters dropped), or application/octet-stream.</param>
/// <param name="Length">Its size in bytes.</param>
public sealed record StoredUpload(string ConversationId, string FileId, string FileName, string ContentType, long Length)
{
    private static readonly HashSet<string> InlineImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/avif",
    };

    /// <summary>
    /// True for raster images, which are safe to show inline. Everything else, SVG included (it can carry
    /// script), is served as a download so that nothing a resident uploads runs in the service's origin.
    /// </summary>
    public bool ServeInline => InlineImageTypes.Contains(ContentType);
}
