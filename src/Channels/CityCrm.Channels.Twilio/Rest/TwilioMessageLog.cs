using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>
/// Twilio's Message list (GET Accounts/{sid}/Messages.json filtered by To and From), read newest first: the messages
/// of one number to one resident created since a moment, to find a send whose answer was lost.
/// </summary>
public sealed partial class TwilioMessageLog(IHttpClientFactory httpClients, IOptions<TwilioOptions> options, ILogger<TwilioMessageLog> logger)
{
    /// <summary>Twilio's clock and ours may differ; a message created this much before the mark still counts.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private const int PageSize = 50;
    private const int MaxPages = 20;

    /// <summary>
    /// Messages from <paramref name="fromAddress"/> to <paramref name="to"/> whose text is <paramref name="body"/>, created
    /// since <paramref name="since"/> (less the skew), oldest first.
    /// </summary>
    public async Task<SentLookup> FindAsync(TwilioNumber from, string fromAddress, string to, string? body, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var root = options.Value.ApiBaseUrl.TrimEnd('/');
        var next = $"/2010-04-01/Accounts/{Uri.EscapeDataString(from.AccountSid)}/Messages.json?To={Uri.EscapeDataString(to)}&From={Uri.EscapeDataString(fromAddress)}&PageSize={PageSize}";
        var found = new List<SentMessage>();
        var cutoff = since - ClockSkew;
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, root + next);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{from.AccountSid}:{from.AuthToken}")));
            TwilioMessagePage? read;
            try
            {
                using var response = await httpClients.CreateClient(TwilioRestClient.HttpClientName).SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    return SentLookup.Unavailable($"Twilio answered {(int)response.StatusCode} to the message list.");
                read = JsonSerializer.Deserialize<TwilioMessagePage>(await response.Content.ReadAsStringAsync(cancellationToken));
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                LogUnavailable(logger, ex.Message);
                return SentLookup.Unavailable($"Twilio's message list could not be read: {ex.Message}");
            }
            var older = false;
            foreach (var message in read?.Messages ?? [])
            {
                if (message.Sid is not { Length: > 0 } sid || ParseDate(message.DateCreated) is not { } created)
                    continue;
                if (created < cutoff)
                    older = true;
                else if (string.Equals(message.Body ?? "", body ?? "", StringComparison.Ordinal))
                    found.Add(new SentMessage(sid, message.Status ?? "queued", created));
            }
            // Newest first: once a page reaches before the cutoff, later pages are older still.
            next = older ? null : read?.NextPageUri;
        }
        return SentLookup.Found([.. found.OrderBy(f => f.CreatedAt)]);
    }

    // Twilio writes dates as RFC 2822 ("Mon, 07 Dec 2026 18:14:01 +0000").
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var normal = text.Trim().Replace(" GMT", " +0000", StringComparison.Ordinal);
        return DateTimeOffset.TryParseExact(normal, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : DateTimeOffset.TryParseExact(normal.Insert(normal.Length - 2, ":"), "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out at) ? at : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio's message list could not be read: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
