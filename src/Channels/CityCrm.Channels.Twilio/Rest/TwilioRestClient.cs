using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>
/// Twilio's REST API for sending messages, spoken over HTTP without Twilio's library. Every answer is mapped to a
/// <see cref="SendOutcome"/>: throttling, server errors and network trouble are worth retrying; a refusal is not.
/// </summary>
public sealed partial class TwilioRestClient(
    IHttpClientFactory httpClients, IOptions<TwilioOptions> options, TimeProvider clock, ILogger<TwilioRestClient> logger)
{
    /// <summary>The named HttpClient (configured by AddTwilio with the API timeout).</summary>
    public const string HttpClientName = "twilio";

    /// <summary>The URL path our status callbacks are posted to.</summary>
    public const string StatusCallbackPath = "/twilio/sms/status";

    /// <summary>Creates a message from <paramref name="from"/> to <paramref name="to"/> (POST Accounts/{sid}/Messages.json).</summary>
    public async Task<SendOutcome> SendMessageAsync(
        TwilioNumber from, string fromAddress, string to, string? body, IReadOnlyList<string> mediaUrls, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = $"{settings.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(from.AccountSid)}/Messages.json";
        var fields = new List<KeyValuePair<string, string>> { new("To", to), new("From", fromAddress) };
        if (!string.IsNullOrEmpty(body))
            fields.Add(new("Body", body));
        fields.AddRange(mediaUrls.Select(m => new KeyValuePair<string, string>("MediaUrl", m)));
        if (!string.IsNullOrEmpty(settings.PublicBaseUrl))
            fields.Add(new("StatusCallback", settings.PublicBaseUrl.TrimEnd('/') + StatusCallbackPath));

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{from.AccountSid}:{from.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return Interpret(response, text);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex.Message);
            return SendOutcome.Retry($"Twilio unreachable: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, "timed out");
            return SendOutcome.Retry("Twilio did not answer in time.");
        }
    }

    private SendOutcome Interpret(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var message = Read<TwilioMessageResource>(text);
            // A 2xx without a sid should not happen; sending again could text the resident twice, so it is not retried.
            return message?.Sid is { Length: > 0 } sid
                ? SendOutcome.Accepted(sid, message.Status ?? "queued")
                : SendOutcome.Failed($"Twilio answered {status} without a message sid.");
        }
        var error = Read<TwilioApiError>(text);
        var reason = error?.Code is { } code ? $"{code}: {error.Message}" : $"{status}: {response.ReasonPhrase}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            return SendOutcome.Retry(reason, RetryAfter(response));
        return SendOutcome.Failed(reason);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    private static T? Read<T>(string text) where T : class
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio REST API unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
