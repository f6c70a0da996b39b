using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// The photos and files of a resident's message as a case's media: "attachment:{id}" for a file the city keeps
/// (an email's file, a Web Chat upload, a WhatsApp photo fetched through the city), the address itself for a
/// public https link (an MMS photo). Voice recordings are the call's, not the report's, and are left out.
/// </summary>
public static class MediaReference
{
    private const string StoredPrefix = "/api/agent/attachments/";

    public static IReadOnlyList<string> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var media = new List<string>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true)
                continue;
            if (For(attachment.ContentUrl) is { } reference && !media.Contains(reference))
                media.Add(reference);
        }
        return media;
    }

    /// <summary>The media reference of one file's address, or null when it is not one the city can open later.</summary>
    public static string? For(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2000)
            return null;
        if (url.StartsWith(StoredPrefix, StringComparison.Ordinal) && url.Length > StoredPrefix.Length)
            return "attachment:" + url[StoredPrefix.Length..];
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            return "attachment:" + url.TrimStart('/');
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return url;
        // Provider references such as Telegram's "telegram:file/{id}" are kept as the city's own files.
        return url.Contains(':', StringComparison.Ordinal) && !url.Contains(' ', StringComparison.Ordinal) ? "attachment:" + url : null;
    }
}
