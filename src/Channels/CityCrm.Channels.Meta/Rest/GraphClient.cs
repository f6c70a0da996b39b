using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta.Rest;

/// <summary>
/// The Graph API's send and media endpoints, spoken over HTTP. Every send is mapped to a <see cref="SendOutcome"/>:
/// throttling (HTTP 429, codes 4, 80007, 130429), temporary errors (codes 1, 2), server errors and network trouble
/// are worth retrying; any other refusal is not.
/// </summary>
public sealed partial class GraphClient(IHttpClientFactory httpClients, IOptions<MetaOptions> options, TimeProvider clock, ILogger<GraphClient> logger)
{
    /// <summary>The named HttpClient (configured by AddMeta with the API timeout).</summary>
    public const string HttpClientName = "meta-graph";

    private static readonly HashSet<int> RetryCodes = [1, 2, 4, 80007, 130429];

    /// <summary>POST /{version}/{phone-number-id}/messages; the accepted message's id is its wamid.</summary>
    public Task<SendOutcome> SendWhatsAppAsync(WhatsAppNumber number, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync($"{Uri.EscapeDataString(number.PhoneNumberId)}/messages", number.AccessToken, message,
            answer => answer?["messages"]?[0]?["id"]?.GetValue<string>(), cancellationToken);

    /// <summary>POST /{version}/me/messages with the page's token; the accepted message's id is its mid.</summary>
    public Task<SendOutcome> SendMessengerAsync(MessengerPage page, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync("me/messages", page.AccessToken, message, answer => answer?["message_id"]?.GetValue<string>(), cancellationToken);

    /// <summary>POST /{version}/me/messages with a sender action ("typing_on"); Graph answers with the recipient's id only.</summary>
    public Task<SendOutcome> SendMessengerActionAsync(MessengerPage page, string recipientId, string action, CancellationToken cancellationToken) =>
        SendAsync("me/messages", page.AccessToken,
            new JsonObject { ["recipient"] = new JsonObject { ["id"] = recipientId }, ["sender_action"] = action },
            answer => answer?["recipient_id"]?.GetValue<string>(), cancellationToken);

    /// <summary>GET /{version}/{media-id}: where to download a resident's file, or null when Graph does not say.</summary>
    public async Task<GraphMedia?> GetMediaAsync(string accessToken, string mediaId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, Url(Uri.EscapeDataString(mediaId)), accessToken);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<GraphMedia>(cancellationToken) : null;
    }

    /// <summary>Downloads a media URL Graph gave; the caller disposes the response.</summary>
    public Task<HttpResponseMessage> DownloadAsync(string accessToken, string url, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, url, accessToken);
        return httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<SendOutcome> SendAsync(
        string path, string accessToken, JsonObject message, Func<JsonNode?, string?> idOf, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, Url(path), accessToken);
        request.Content = JsonContent.Create(message);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return Interpret(response, text, idOf);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex.Message);
            return SendOutcome.Retry($"Graph API unreachable: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, "timed out");
            return SendOutcome.Retry("The Graph API did not answer in time.");
        }
    }

    private SendOutcome Interpret(HttpResponseMessage response, string text, Func<JsonNode?, string?> idOf)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var id = Try(() => idOf(JsonNode.Parse(text)));
            // A 2xx without an id should not happen; sending again could reach the resident twice, so it is not retried.
            return id is { Length: > 0 }
                ? SendOutcome.Accepted(id, "accepted")
                : SendOutcome.Failed($"The Graph API answered {status} without a message id.");
        }
        var error = Try(() => JsonSerializer.Deserialize<GraphError>(text))?.Error;
        var reason = error?.Code is { } code ? $"{code}: {error.Message}" : $"{status}: {response.ReasonPhrase}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500 || (error?.Code is { } c && RetryCodes.Contains(c)))
            return SendOutcome.Retry(reason, RetryAfter(response));
        return SendOutcome.Failed(reason);
    }

    private string Url(string path) =>
        $"{options.Value.GraphBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(options.Value.GraphVersion)}/{path}";

    // The token goes in the Authorization header, never the query string, so it stays out of URLs and their logs.
    private static HttpRequestMessage Request(HttpMethod method, string url, string accessToken)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
            return date > clock.GetUtcNow() ? date - clock.GetUtcNow() : TimeSpan.Zero;
        return null;
    }

    private static T? Try<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph API unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
