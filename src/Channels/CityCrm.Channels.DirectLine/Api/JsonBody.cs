using System.Text.Json;
using CityCrm.Channels.Schema;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>The outcome of reading a JSON body: a value (null for an allowed empty body) or a problem to return.</summary>
internal readonly record struct BodyRead<T>(T? Value, IResult? Problem) where T : class;

/// <summary>
/// Reads a request body as one JSON object with a size limit, before anything is stored, so that an
/// oversized or malformed request is refused as a whole (413 / 400) rather than half-processed.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = ActivityJson.Options.MaxDepth };

    public static async Task<BodyRead<T>> ReadAsync<T>(HttpRequest request, int maxBytes, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
            return new(null, TooLarge(maxBytes));
        var bytes = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (bytes is null)
            return new(null, TooLarge(maxBytes));
        return Parse<T>(bytes, optional);
    }

    public static BodyRead<T> Parse<T>(ReadOnlyMemory<byte> bytes, bool optional) where T : class
    {
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
            return optional ? new(null, null) : new(null, DirectLineProblems.BadRequest("The request body is empty."));
        // The JSON reader checks the UTF-8 of only the strings it decodes; a body is refused whole, not in part.
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
            return new(null, DirectLineProblems.BadRequest("The request body is not valid UTF-8."));
        try
        {
            using var document = JsonDocument.Parse(bytes, DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new(null, DirectLineProblems.BadRequest("The request body must be a JSON object."));
            return new(document.RootElement.Deserialize<T>(ActivityJson.Options), null);
        }
        catch (JsonException ex)
        {
            return new(null, DirectLineProblems.BadRequest($"The request body is not valid JSON: {ex.Message}"));
        }
    }

    /// <summary>The whole stream, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult TooLarge(int maxBytes) =>
        DirectLineProblems.TooLarge($"The request body is larger than {maxBytes / 1024} KB.");
}
