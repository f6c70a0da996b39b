using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.DirectLine.Uploads;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>
/// File upload (multipart: files plus an optional "activity" part) and the download of uploaded files.
/// </summary>
internal static class UploadEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/attachments/{conversationId}/{fileId}/{fileName}", DownloadAsync);
    }

    /// <summary>
    /// Stores the files, then the activity that carries them (a plain message when none was sent), sent as the
    /// token's user whatever <c>userId</c> the client put in the query. Files of a rejected request or of a
    /// retry already stored are removed again.
    /// </summary>
    private static async Task<IResult> UploadAsync(
        string conversationId, HttpRequest request, DirectLineGate gate, DirectLineAttachmentStore store,
        ConversationService conversations, TimeProvider clock, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var gated = await gate.OpenAsync(request, conversationId, cancellationToken);
        if (!gated.Passed)
            return gated.Problem;
        var uploaded = await UploadReader.ReadAsync(request, conversationId, store, options.Value, cancellationToken);
        var keep = false;
        try
        {
            if (uploaded.Problem is not null)
                return uploaded.Problem;
            var posted = uploaded.Activity ?? new Activity { Type = ActivityTypes.Message };
            if (posted.Type != ActivityTypes.Message)
                return DirectLineProblems.BadRequest("Files can only be sent with a message activity.");
            if (DirectLineActivityMapper.ValidateIncoming(posted) is { } error)
                return DirectLineProblems.BadRequest(error);
            posted.Attachments = uploaded.Files
                .Select(f => new Attachment { ContentType = f.ContentType, ContentUrl = DirectLineUrls.Attachment(f.ConversationId, f.FileId, f.FileName), Name = f.FileName })
                .ToList();

            var activity = DirectLineActivityMapper.NormalizeIncoming(posted, conversationId, gated.UserId, gated.UserName, clock.GetUtcNow());
            var received = await conversations.ReceiveAsync(
                new InboundActivity(options.Value.InboxId, gated.UserId, conversationId, posted.ClientActivityId, activity), cancellationToken);
            keep = !received.Duplicate;
            return TypedResults.Ok(new ResourceResponse(received.Message.Id));
        }
        finally
        {
            if (!keep)
                store.Delete(uploaded.Files);
        }
    }

    /// <summary>
    /// Serves an uploaded file under its stored type. nosniff and a sandboxing CSP keep the browser from running
    /// it; anything but a raster image is a download.
    /// </summary>
    private static async Task<IResult> DownloadAsync(
        string conversationId, string fileId, string fileName, HttpResponse response, DirectLineAttachmentStore store, CancellationToken cancellationToken)
    {
        var upload = await store.FindAsync(conversationId, fileId, fileName, cancellationToken);
        if (upload is null)
            return DirectLineProblems.Problem(StatusCodes.Status404NotFound, "Not found", "No such file.");
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.Headers.CacheControl = "private, max-age=3600";
        return upload.ServeInline
            ? TypedResults.Stream(store.OpenRead(upload), upload.ContentType)
            : TypedResults.Stream(store.OpenRead(upload), upload.ContentType, upload.FileName);
    }
}
