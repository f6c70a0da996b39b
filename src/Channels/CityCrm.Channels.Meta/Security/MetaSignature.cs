using System.Security.Cryptography;
using System.Text;

namespace CityCrm.Channels.Meta.Security;

/// <summary>
/// Meta's webhook signature (X-Hub-Signature-256): "sha256=" and the lower-case hex HMAC-SHA256 of the raw request
/// body, keyed with the app secret. It is computed on the bytes as sent, so it is checked before anything parses them.
/// </summary>
public static class MetaSignature
{
    public const string HeaderName = "X-Hub-Signature-256";

    private const string Prefix = "sha256=";

    /// <summary>The header value Meta sends for <paramref name="body"/>.</summary>
    public static string Compute(string appSecret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    /// <summary>True when <paramref name="presented"/> is the signature of <paramref name="body"/> under <paramref name="appSecret"/>.</summary>
    public static bool IsValid(string? presented, string appSecret, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(appSecret))
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(appSecret, body));
        // Hex digits compare case-insensitively; lower-casing first keeps the comparison itself fixed-time.
        var given = Encoding.UTF8.GetBytes(presented.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Whether the webhook verification's token is the configured one, compared in fixed time.</summary>
    public static bool IsVerifyToken(string? presented, string verifyToken) =>
        !string.IsNullOrEmpty(presented) && !string.IsNullOrEmpty(verifyToken)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(verifyToken));
}
