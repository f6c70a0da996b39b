using CityCrm.Channels.Twilio.Security;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>Posts webhooks to the host as Twilio does, signed by the npm twilio library (or deliberately not).</summary>
public sealed class TwilioWebhookPoster(HttpClient client)
{
    /// <summary>
    /// Posts <paramref name="payload"/> to <paramref name="path"/>, signed for <paramref name="signedUrl"/> (by default the
    /// public URL of the path) with <paramref name="authToken"/>; <paramref name="sign"/> false sends no signature header.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(
        string path, Payload payload, string? signedUrl = null, string authToken = TestAccount.AuthToken, bool sign = true, Payload? sent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = (sent ?? payload).ToContent() };
        if (sign)
            request.Headers.Add(TwilioSignature.HeaderName, await NodeTwilio.SignAsync(authToken, signedUrl ?? TestAccount.PublicBaseUrl + path, payload.Fields));
        return await client.SendAsync(request);
    }
}
