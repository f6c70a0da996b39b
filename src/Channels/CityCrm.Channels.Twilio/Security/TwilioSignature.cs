using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>
/// Twilio's webhook signature (X-Twilio-Signature): base64 of HMAC-SHA1, keyed with the account's auth token,
/// over the full URL Twilio called followed by every POST parameter's name and value, names in ordinal order.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature Twilio sends for a POST of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // A repeated name signs each distinct value, in order, after the name (as Twilio's own libraries do).
            foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                data.Append(name).Append(value);
        }
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
        return Convert.ToBase64String(mac);
    }

    /// <summary>True when <paramref name="presented"/> is the signature of the request under <paramref name="authToken"/>.</summary>
    public static bool IsValid(string? presented, string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(authToken))
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(authToken, url, parameters));
        var given = Encoding.UTF8.GetBytes(presented);
        // Fixed-time so that the time taken never tells how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
