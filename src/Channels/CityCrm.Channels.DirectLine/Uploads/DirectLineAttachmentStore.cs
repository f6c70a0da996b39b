using System.Text;
using System.Text.Json;
using CityCrm.Channels.DirectLine.Api;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CityCrm.Channels.DirectLine.Uploads;

/// <summary>
/// Uploaded files on disk: <c>{data}/uploads/{conversation}/{fileId}/content</c> with a <c>meta.json</c> beside it.
/// Ids are checked before they become paths, and names are sanitized, so a request cannot reach outside the folder.
/// </summary>
public sealed class DirectLineAttachmentStore(IOptions<DirectLineOptions> options)
{
    private const string ContentFile = "content";
    private const string MetaFile = "meta.json";
    private const int MaxFileNameLength = 100;

    /// <summary>
    /// Copies <paramref name="content"/> to a new file; returns null (and keeps nothing) when it is longer than the
    /// configured limit.
    /// </summary>
    public async Task<StoredUpload?> SaveAsync(string conversationId, string? fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        if (!DirectLineIds.IsSafeSegment(conversationId))
            throw new ArgumentException("Not a conversation id.", nameof(conversationId));
        var upload = new StoredUpload(conversationId, DirectLineIds.NewFileId(), SanitizeFileName(fileName), NormalizeContentType(contentType), 0);
        var folder = FolderOf(upload.ConversationId, upload.FileId);
        Directory.CreateDirectory(folder);
        long length = 0;
        await using (var file = new FileStream(Path.Combine(folder, ContentFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > options.Value.MaxUploadFileBytes)
                    break;
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (length > options.Value.MaxUploadFileBytes)
        {
            Directory.Delete(folder, recursive: true);
            return null;
        }
        upload = upload with { Length = length };
        await File.WriteAllBytesAsync(Path.Combine(folder, MetaFile), JsonSerializer.SerializeToUtf8Bytes(upload), cancellationToken);
        return upload;
    }

    /// <summary>The stored file named by an attachment URL, or null when any part of it does not match.</summary>
    public async Task<StoredUpload?> FindAsync(string conversationId, string fileId, string fileName, CancellationToken cancellationToken)
    {
        if (!DirectLineIds.IsSafeSegment(conversationId) || !DirectLineIds.IsSafeSegment(fileId))
            return null;
        var meta = Path.Combine(FolderOf(conversationId, fileId), MetaFile);
        if (!File.Exists(meta))
            return null;
        await using var stream = File.OpenRead(meta);
        var upload = await JsonSerializer.DeserializeAsync<StoredUpload>(stream, cancellationToken: cancellationToken);
        return upload is not null && string.Equals(upload.FileName, fileName, StringComparison.Ordinal) ? upload : null;
    }

    /// <summary>Opens a stored file for reading.</summary>
    public Stream OpenRead(StoredUpload upload) =>
        new FileStream(Path.Combine(FolderOf(upload.ConversationId, upload.FileId), ContentFile), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Removes files that ended up not being sent (a rejected request, or a retry already stored).</summary>
    public void Delete(IEnumerable<StoredUpload> uploads)
    {
        foreach (var upload in uploads)
        {
            var folder = FolderOf(upload.ConversationId, upload.FileId);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The last path segment, with anything but letters, digits and . - _ ( ) and spaces replaced by "_".</summary>
    public static string SanitizeFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim().Trim('.');
        var clean = new StringBuilder(Math.Min(name.Length, MaxFileNameLength));
        foreach (var c in name.Take(MaxFileNameLength))
            clean.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '(' or ')' or ' ' ? c : '_');
        var result = clean.ToString().Trim();
        return result.Length == 0 ? "file" : result;
    }

    /// <summary>The declared media type without parameters, or application/octet-stream when it is not one.</summary>
    public static string NormalizeContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Value is { } media
            && media.Contains('/') && !media.Contains('*')
            ? media.ToLowerInvariant()
            : "application/octet-stream";

    private string FolderOf(string conversationId, string fileId) =>
        Path.Combine(options.Value.UploadsDirectory, conversationId, fileId);
}
