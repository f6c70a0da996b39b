using CityCrm.Channels.Meta.Rest;
using CityCrm.Channels.Meta.Security;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// Streams a resident's WhatsApp file to staff: Graph is asked for the media's short-lived URL with the number's token,
/// and the file is downloaded with the same token. Nothing is kept: the next opening asks again.
/// </summary>
public sealed class MetaMediaProxy(GraphClient graph, MetaDirectory directory)
{
    public async Task<IResult> OpenAsync(string phoneNumberId, string mediaId, HttpResponse http, CancellationToken cancellationToken)
    {
        if (directory.FindNumber(phoneNumberId) is not { } number)
            return NotFound("No WhatsApp number with that id is configured.");
        var media = await graph.GetMediaAsync(number.AccessToken, mediaId, cancellationToken);
        if (media?.Url is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return NotFound("WhatsApp no longer has this file (media are kept for 30 days).");
        var response = await graph.DownloadAsync(number.AccessToken, url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            return NotFound("WhatsApp no longer has this file (media are kept for 30 days).");
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        // Served as a download, never rendered in the console's origin: the file is the resident's, not ours.
        http.Headers.XContentTypeOptions = "nosniff";
        http.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.Stream(new ResponseOwningStream(stream, response), MetaMedia.SafeType(media.MimeType), fileDownloadName: mediaId);
    }

    private static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Media not found");
}
