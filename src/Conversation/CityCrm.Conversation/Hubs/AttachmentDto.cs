using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Hubs;

/// <summary>A file that came with a resident's message, as the console lists it.</summary>
/// <param name="Name">The sender's file name (plain text).</param>
/// <param name="ContentType">The declared media type.</param>
/// <param name="Size">Its size in bytes, when known.</param>
/// <param name="Url">Where agents download it (<c>/api/agent/attachments/{id}</c>); null when it was not kept.</param>
/// <param name="Refused">True when it was over the size limit and not stored.</param>
public sealed record AttachmentDto(string Name, string? ContentType, long? Size, string? Url, bool Refused)
{
    private const string DownloadPrefix = "/api/agent/attachments/";

    /// <summary>The files of an activity (cards and links elsewhere are not files and are left out).</summary>
    public static IReadOnlyList<AttachmentDto> From(Activity activity) =>
        activity.Attachments?
            .Where(a => a.Name is not null && a.ContentType?.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal) != true)
            .Select(From)
            .ToList() ?? [];

    private static AttachmentDto From(Attachment attachment)
    {
        long? size = null;
        var refused = false;
        if (attachment.Content is { ValueKind: JsonValueKind.Object } content)
        {
            if (content.TryGetProperty("size", out var s) && s.TryGetInt64(out var n))
                size = n;
            refused = content.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String && status.GetString() == "refused";
        }
        // Only our own download links: a URL a resident's client supplied is not offered to staff as a link.
        var url = attachment.ContentUrl is { } u && u.StartsWith(DownloadPrefix, StringComparison.Ordinal) ? u : null;
        return new AttachmentDto(attachment.Name!, attachment.ContentType, size, url, refused);
    }
}
