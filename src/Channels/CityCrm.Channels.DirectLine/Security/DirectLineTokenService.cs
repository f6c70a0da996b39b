using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Security;

/// <summary>
/// Issues and verifies self-contained Direct Line tokens: compact HS256 JWTs binding a conversation,
/// a user and an expiry. JWT-shaped because the official client reads the <c>user</c> claim to learn its user id.
/// Nothing is stored: the signature is the proof, verified in fixed time.
/// </summary>
public sealed class DirectLineTokenService(DirectLineSigningKey signingKey, TimeProvider clock, IOptions<DirectLineOptions> options)
{
    private const int MaxTokenLength = 4096;
    private const string StreamScope = "stream";
    // Only one header is ever issued, so anything else (another "alg" included) is refused outright.
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
    private static readonly JsonSerializerOptions PayloadJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>A token for <paramref name="userId"/> in <paramref name="conversationId"/>, valid for the configured lifetime.</summary>
    public IssuedToken Issue(string conversationId, string userId, string? userName) =>
        Sign(new DirectLineToken(conversationId, userId, userName, clock.GetUtcNow().AddSeconds(LifetimeSeconds)));

    /// <summary>A token that only opens the conversation's WebSocket stream (it travels in a URL).</summary>
    public IssuedToken IssueStream(DirectLineToken granted) =>
        Sign(granted with { ExpiresAt = clock.GetUtcNow().AddSeconds(LifetimeSeconds), StreamOnly = true });

    /// <summary>The same grant for a new lifetime; only a valid, unexpired, non-stream token can be refreshed.</summary>
    public IssuedToken Refresh(DirectLineToken granted) => Issue(granted.ConversationId, granted.UserId, granted.UserName);

    /// <summary>Verifies signature, shape and expiry; false for anything tampered with, expired or malformed.</summary>
    public bool TryValidate(string? token, [NotNullWhen(true)] out DirectLineToken? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
            return false;
        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], EncodedHeader, StringComparison.Ordinal))
            return false;

        // Base64Url.TryDecode* throws on foreign characters, so the shape is checked first.
        if (!Base64Url.IsValid(parts[2].AsSpan(), out var length) || length != HMACSHA256.HashSizeInBytes)
            return false;
        var presented = Base64Url.DecodeFromChars(parts[2]);
        if (!CryptographicOperations.FixedTimeEquals(Signature(parts[0], parts[1]), presented))
            return false;

        var payload = ReadPayload(parts[1]);
        if (payload is null || string.IsNullOrEmpty(payload.Conversation) || string.IsNullOrEmpty(payload.User))
            return false;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.Expires);
        if (clock.GetUtcNow() >= expiresAt)
            return false;
        claims = new DirectLineToken(payload.Conversation, payload.User, payload.Name, expiresAt, payload.Scope == StreamScope);
        return true;
    }

    private IssuedToken Sign(DirectLineToken claims)
    {
        var now = clock.GetUtcNow();
        var payload = new TokenPayload(
            claims.ConversationId, claims.UserId, claims.UserName,
            now.ToUnixTimeSeconds(), claims.ExpiresAt.ToUnixTimeSeconds(), claims.StreamOnly ? StreamScope : null);
        var encodedPayload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson));
        var signature = Base64Url.EncodeToString(Signature(EncodedHeader, encodedPayload));
        // Whole seconds on the wire: the grant is truncated like the "exp" claim it is read back from.
        var granted = claims with { ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.Expires) };
        var expiresIn = (int)Math.Max(0, payload.Expires - now.ToUnixTimeSeconds());
        return new IssuedToken($"{EncodedHeader}.{encodedPayload}.{signature}", granted, expiresIn);
    }

    private byte[] Signature(string header, string payload) =>
        HMACSHA256.HashData(signingKey.Key, Encoding.ASCII.GetBytes(header + "." + payload));

    private static TokenPayload? ReadPayload(string encoded)
    {
        try
        {
            return JsonSerializer.Deserialize<TokenPayload>(Base64Url.DecodeFromChars(encoded), PayloadJson);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record TokenPayload(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("iat")] long IssuedAt,
        [property: JsonPropertyName("exp")] long Expires,
        [property: JsonPropertyName("scp")] string? Scope);
}
