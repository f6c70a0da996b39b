using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>
/// A local stand-in for the Graph API (Kestrel on a free port) that checks what Graph checks: the version in the path,
/// the bearer token of the number or page, the JSON of the send request (see <see cref="GraphSendRules"/>). It answers
/// with Graph's shapes ({messages:[{id}]}, {recipient_id, message_id}, {recipient_id} for a sender action, {error:{...}}), serves media by id, and can be
/// told to answer the next sends with 429, 500 or any error.
/// </summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    public static readonly byte[] MediaBytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    private readonly WebApplication app;
    private readonly ConcurrentQueue<(int Status, int Code, string Message)> scripted = new();
    private int counter;

    private FakeGraphApi(WebApplication app) => this.app = app;

    /// <summary>Every send call that reached the server, accepted or not, in order.</summary>
    public ConcurrentQueue<GraphRequest> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeGraphApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGraphApi(app);
        app.MapPost("/{version}/me/messages", (HttpContext c, string version) =>
            fake.SendAsync(c, version, TestMeta.PageToken, GraphSendRules.Messenger, (to, body) => body?["sender_action"] is null
                ? new JsonObject { ["recipient_id"] = to, ["message_id"] = fake.NextId("m_") }
                : new JsonObject { ["recipient_id"] = to }));
        app.MapPost("/{version}/{phoneNumberId}/messages", (HttpContext c, string version, string phoneNumberId) =>
            fake.SendAsync(c, version, phoneNumberId == TestMeta.PhoneNumberId ? TestMeta.WhatsAppToken : null, GraphSendRules.WhatsApp, (to, _) => new JsonObject
            {
                ["messaging_product"] = "whatsapp",
                ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
                ["messages"] = new JsonArray(new JsonObject { ["id"] = fake.NextId("wamid.") }),
            }));
        app.MapGet("/{version}/{mediaId}", (HttpContext c, string version, string mediaId) => fake.MediaAsync(c, version, mediaId));
        app.MapGet("/download/{mediaId}", (HttpContext c) =>
            c.Request.Headers.Authorization == $"Bearer {TestMeta.WhatsAppToken}" ? Results.Bytes(MediaBytes, "image/jpeg") : Results.StatusCode(401));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next send is answered with <paramref name="status"/> and Graph's error body, after being recorded.</summary>
    public void FailNext(int status, int code, string message) => scripted.Enqueue((status, code, message));

    private string NextId(string prefix) => $"{prefix}HBgL{Interlocked.Increment(ref counter):D8}";

    private async Task SendAsync(HttpContext context, string version, string? token, Func<JsonNode?, (int, string)?> rules, Func<string, JsonNode?, JsonObject> accepted)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var authorization = context.Request.Headers.Authorization.ToString();
        var (status, answer) = Answer(version, token, authorization, rules(body), body);
        Received.Enqueue(new GraphRequest(context.Request.Path, authorization, body, status));
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(answer ?? accepted((string?)body?["to"] ?? (string?)body?["recipient"]?["id"] ?? "", body));
    }

    private (int Status, JsonObject? Error) Answer(string version, string? token, string authorization, (int Code, string Message)? invalid, JsonNode? body)
    {
        if (version != TestMeta.GraphVersion)
            return (400, Error(2500, "Unknown path components", "OAuthException"));
        if (token is null || authorization != $"Bearer {token}")
            return (401, Error(190, "Invalid OAuth access token - Cannot parse access token", "OAuthException"));
        if (scripted.TryDequeue(out var failure))
            return (failure.Status, Error(failure.Code, failure.Message, "OAuthException"));
        if (body is null)
            return (400, Error(100, "Invalid JSON", "OAuthException"));
        return invalid is { } refused ? (400, Error(refused.Code, refused.Message, "OAuthException")) : (200, null);
    }

    private async Task MediaAsync(HttpContext context, string version, string mediaId)
    {
        if (version != TestMeta.GraphVersion || context.Request.Headers.Authorization != $"Bearer {TestMeta.WhatsAppToken}")
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsJsonAsync(Error(190, "Invalid OAuth access token", "OAuthException"));
            return;
        }
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["messaging_product"] = "whatsapp", ["url"] = $"{BaseUrl}/download/{mediaId}", ["mime_type"] = "image/jpeg",
            ["sha256"] = "x5tTLSZq0nVqWcaGbyPQvVOSD5NNdJfS0h7hj3Ws0zA=", ["file_size"] = MediaBytes.Length, ["id"] = mediaId,
        });
    }

    private static JsonObject Error(int code, string message, string type) => new()
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code, ["fbtrace_id"] = "AbCdEfGhIjKlMnOp" },
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
