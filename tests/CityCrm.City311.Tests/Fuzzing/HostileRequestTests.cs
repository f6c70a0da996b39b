using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Requests over the host's limits or malformed at the HTTP level: huge or too many headers, oversized bodies,
/// 10,000-level JSON, invalid UTF-8 and wrong content types. Each is refused with a 4xx (problem+json where a body
/// can be written), and the host keeps serving.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class HostileRequestTests(FuzzHost host)
{
    // Endpoints that read a JSON body, each with the session or credential that gets it past authentication.
    private static readonly string[] JsonEndpoints =
    [
        "/v3/directline/tokens/generate", "/v3/directline/conversations", "/api/auth/login", "/api/my/sign-in/code", "/meta/webhook", "/telegram/telegram",
    ];

    [Fact]
    public async Task Headers_HugeOrTooMany_Answer431()
    {
        using var client = host.CreateClient();
        using var huge = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        huge.Headers.TryAddWithoutValidation("X-Huge", new string('h', 64 * 1024));
        using var many = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        for (var i = 0; i < 150; i++)
            many.Headers.TryAddWithoutValidation($"X-Many-{i}", "1");

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await client.SendAsync(huge)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, (await host.CreateClient().SendAsync(many)).StatusCode);
        await FuzzChecks.StillServesAsync(host);
    }

    [Fact]
    public async Task Body_OverTheLimit_Answers413ProblemJson()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = ProviderRequests.Json(new byte[1024 * 1024 + 1]) };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await FuzzChecks.StillServesAsync(host);
    }

    [Fact]
    public async Task Body_ChunkedOverTheLimit_Answers413()
    {
        using var client = host.CreateClient();
        // No Content-Length: Kestrel finds out while the endpoint reads.
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/telegram") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Telegram-Bot-Api-Secret-Token", FuzzHost.TelegramSecret);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await FuzzChecks.StillServesAsync(host);
    }

    [Fact]
    public async Task JsonBodies_DeepInvalidOrMistyped_Answer4xx()
    {
        var run = FuzzRun.From(3201);
        using var client = host.CreateClient();
        byte[][] bodies =
        [
            Encoding.UTF8.GetBytes(Mutator.DeepJson(10_000, objects: false)),
            Encoding.UTF8.GetBytes(Mutator.DeepJson(10_000, objects: true)),
            [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D],
            Encoding.UTF8.GetBytes("{\"user\":{\"id\":1e400},\"text\":123456789012345678901234567890}"),
            Encoding.UTF8.GetBytes("{\"userName\":\"agent\",\"password\":"),
            [],
        ];
        foreach (var path in JsonEndpoints)
        {
            foreach (var body in bodies)
            {
                var status = await run.SendAsync(client, WithCredentials(path, ProviderRequests.Json(body)), body);
                if (status is >= HttpStatusCode.OK and < HttpStatusCode.BadRequest && body.Length > 0 && path != "/meta/webhook" && path != "/telegram/telegram")
                    run.Fail($"{path} accepted a malformed body ({status})", body);
            }
            using var wrongType = new StringContent("userName=agent&password=riverton311", Encoding.UTF8, "text/plain");
            await run.SendAsync(client, WithCredentials(path, wrongType));
        }

        run.AssertClean();
        await FuzzChecks.StillServesAsync(host);
    }

    private static HttpRequestMessage WithCredentials(string path, HttpContent content)
    {
        var body = content is ByteArrayContent bytes ? bytes.ReadAsByteArrayAsync().Result : [];
        var request = path switch
        {
            "/meta/webhook" => ProviderRequests.Meta(body),
            "/telegram/telegram" => ProviderRequests.Telegram(body),
            _ => new HttpRequestMessage(HttpMethod.Post, path),
        };
        request.Content = content;
        if (path.StartsWith("/v3/", StringComparison.Ordinal))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FuzzHost.DirectLineSecret);
        return request;
    }
}
