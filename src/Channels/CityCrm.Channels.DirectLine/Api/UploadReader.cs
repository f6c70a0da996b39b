using CityCrm.Channels.DirectLine.Uploads;
using CityCrm.Channels.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>What a multipart upload carried: the stored files, the template activity, or why it was refused.</summary>
internal sealed record UploadRead(IReadOnlyList<StoredUpload> Files, Activity? Activity, IResult? Problem);

/// <summary>
/// Reads a Direct Line upload section by section, streaming each file to disk with its own size limit, so that
/// nothing is buffered whole in memory and an oversized file is refused (413) as soon as it passes the limit.
/// </summary>
internal static class UploadReader
{
    private const string ActivityPart = "activity";

    public static async Task<UploadRead> ReadAsync(
        HttpRequest request, string conversationId, DirectLineAttachmentStore store, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var files = new List<StoredUpload>();
        Activity? activity = null;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
            return Refused(files, DirectLineProblems.BadRequest("An upload must be multipart/form-data."));
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                    return Refused(files, DirectLineProblems.BadRequest("Every part of an upload needs a Content-Disposition."));
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (string.Equals(name, ActivityPart, StringComparison.Ordinal))
                {
                    var bytes = await JsonBody.ReadLimitedAsync(section.Body, options.MaxActivityBytes, cancellationToken);
                    if (bytes is null)
                        return Refused(files, DirectLineProblems.TooLarge($"The activity is larger than {options.MaxActivityBytes / 1024} KB."));
                    var parsed = JsonBody.Parse<Activity>(bytes, optional: false);
                    if (parsed.Problem is not null)
                        return Refused(files, parsed.Problem);
                    activity = parsed.Value;
                    continue;
                }
                if (!disposition.IsFileDisposition())
                    continue;
                if (files.Count == options.MaxUploadFiles)
                    return Refused(files, DirectLineProblems.TooLarge($"An upload may carry at most {options.MaxUploadFiles} files."));
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                var stored = await store.SaveAsync(conversationId, fileName, section.ContentType, section.Body, cancellationToken);
                if (stored is null)
                    return Refused(files, DirectLineProblems.TooLarge($"A file is larger than {options.MaxUploadFileBytes / (1024 * 1024)} MB."));
                files.Add(stored);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return Refused(files, DirectLineProblems.Problem(ex.StatusCode, "Bad request", ex.Message));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Refused(files, DirectLineProblems.BadRequest($"The upload is not valid multipart content: {ex.Message}"));
        }
        catch
        {
            // Cancelled or failed midway: the files read so far would never be referenced.
            store.Delete(files);
            throw;
        }
        if (files.Count == 0)
            return Refused(files, DirectLineProblems.BadRequest("The upload carries no file."));
        return new UploadRead(files, activity, null);
    }

    // The caller removes the files of a refused upload, so the list is handed back with the problem.
    private static UploadRead Refused(List<StoredUpload> files, IResult problem) => new(files, null, problem);
}
