using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Requests as the providers send them, signed from scratch here (not with the code under test) so that mutated
/// payloads pass the signature checks and reach the parsers; and the captured payloads they start from.
/// </summary>
public static class ProviderRequests
{
    /// <summary>The captured payloads of one provider (<c>twilio</c>, <c>meta</c>, <c>telegram</c>), copied from their test projects.</summary>
    public static IReadOnlyList<string> Files(string provider) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Payloads", provider)).Order(StringComparer.Ordinal)];

    /// <summary>A captured Twilio form body, field by field, in its order.</summary>
    public static List<KeyValuePair<string, string>> ReadForm(string file)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(File.ReadAllText(file)))
            fields.Add(new(pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        return fields;
    }

    /// <summary>The webhook path a captured Twilio payload is posted to, by its file name.</summary>
    public static string TwilioPath(string file) => Path.GetFileNameWithoutExtension(file) switch
    {
        var n when n.StartsWith("status-", StringComparison.Ordinal) => "/twilio/sms/status",
        var n when n.StartsWith("voice-gather", StringComparison.Ordinal) => "/twilio/voice/gather?turn=1&lang=en",
        "voice-queue-wait" => "/twilio/voice/wait",
        "voice-dequeued" => "/twilio/voice/dequeued",
        "voice-recording" => "/twilio/voice/voicemail",
        "voice-transcription" => "/twilio/voice/transcription",
        "voice-status-completed" => "/twilio/voice/status",
        var n when n.StartsWith("voice-", StringComparison.Ordinal) => "/twilio/voice",
        _ => "/twilio/sms",
    };

    /// <summary>A form post signed as Twilio signs it: HMAC-SHA1 over the public URL and the fields sorted by name.</summary>
    public static HttpRequestMessage Twilio(string path, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var signed = new StringBuilder(FuzzHost.TwilioPublicBaseUrl + path);
        foreach (var field in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            signed.Append(field.Key).Append(field.Value);
        var signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(FuzzHost.TwilioAuthToken), Encoding.UTF8.GetBytes(signed.ToString())));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature);
        return request;
    }

    /// <summary>Meta's webhook: the raw bytes, signed with HMAC-SHA256 of exactly those bytes.</summary>
    public static HttpRequestMessage Meta(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/meta/webhook") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256",
            "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FuzzHost.MetaAppSecret), body)));
        return request;
    }

    /// <summary>A Telegram update for the demo bot, with the webhook's secret token.</summary>
    public static HttpRequestMessage Telegram(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/telegram") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", FuzzHost.TelegramSecret);
        return request;
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
