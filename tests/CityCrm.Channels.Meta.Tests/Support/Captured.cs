using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>Captured payloads made unique for one test (its own resident and message ids), and the demo agent signed in.</summary>
public static class Captured
{
    public const string TextWamid = "wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQzQTdGNjM5RkI0QjJGMjNCQTVGNQA=";
    public const string TextBody = "When is bulk trash pickup on Elm Street?";
    public const string MessengerMid = "m_8tBq3Xc1m2Z0T5kVg9rQe1yJ7pW4sLhN6aDfU2oKjRxE0vCbGiHnMyS3wPzA5qTlOuY";

    /// <summary>A WhatsApp text from <paramref name="waId"/> with its own wamid.</summary>
    public static Payload WhatsAppText(MetaHostFactory host, string waId, string body) =>
        Payload.Load("wa-text.json").With(TestMeta.ResidentWaId, waId).With(TextWamid, host.NewId("wamid.")).With(TextBody, body);

    /// <summary>A Messenger text from <paramref name="psid"/> with its own mid.</summary>
    public static Payload MessengerText(MetaHostFactory host, string psid, string body) =>
        Payload.Load("ms-text.json").With(TestMeta.ResidentPsid, psid).With(MessengerMid, host.NewId("m_"))
            .With("My streetlight has been out for a week", body);

    /// <summary>A client signed in as the demo agent.</summary>
    public static async Task<HttpClient> AgentAsync<T>(WebApplicationFactory<T> host) where T : class
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }
}
