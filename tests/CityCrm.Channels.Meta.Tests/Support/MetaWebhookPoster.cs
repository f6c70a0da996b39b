using System.Net.Http.Headers;
using CityCrm.Channels.Meta.Security;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>Posts webhooks as Meta does: the raw JSON bytes, signed with HMAC-SHA256 of exactly those bytes.</summary>
public sealed class MetaWebhookPoster(HttpClient client)
{
    public Task<HttpResponseMessage> PostAsync(Payload payload, string? secret = TestMeta.AppSecret) => PostAsync(payload.Bytes, secret is null ? null : Sign(payload.Bytes, secret));

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/meta/webhook") { Content = content };
        if (signature is not null)
            request.Headers.TryAddWithoutValidation(MetaSignature.HeaderName, signature);
        return await client.SendAsync(request);
    }

    // Computed here from scratch, as Meta computes it, rather than with the code under test.
    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body));
}
