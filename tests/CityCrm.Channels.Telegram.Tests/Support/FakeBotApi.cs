using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Telegram.Tests.Support;

/// <summary>
/// A local stand-in for Telegram's Bot API (Kestrel on a free port) that checks what Telegram checks for sendMessage:
/// the bot token in the path (401 "Unauthorized" otherwise), a JSON body with chat_id and a non-empty text of at most
/// 4,096 characters, and an inline keyboard of buttons that each have text and exactly one of callback_data (1 to 64
/// bytes) or url; for sendChatAction, a chat_id and one of Telegram's actions ("typing"...). It answers with
/// Telegram's shapes and can be told to answer the next calls with an error.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string token;
    private readonly ConcurrentQueue<(int Status, string Body)> scripted = new();
    private int messageIds = 500;

    private FakeBotApi(WebApplication app, string token)
    {
        this.app = app;
        this.token = token;
    }

    /// <summary>Every sendMessage body accepted, in order.</summary>
    public ConcurrentQueue<JsonObject> Sent { get; } = new();

    /// <summary>Every sendChatAction body accepted, in order.</summary>
    public ConcurrentQueue<JsonObject> Actions { get; } = new();

    private static readonly HashSet<string> ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    /// <summary>How many calls reached the server, refused or not.</summary>
    public int Calls;

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeBotApi> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app, token);
        app.MapPost("/bot{token}/sendMessage", (Func<HttpContext, string, Task<IResult>>)fake.SendMessageAsync);
        app.MapPost("/bot{token}/sendChatAction", (Func<HttpContext, string, Task<IResult>>)fake.SendChatActionAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next call gets <paramref name="status"/> with Telegram's error body (and retry_after when given).</summary>
    public void FailNext(int status, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description };
        if (retryAfter is { } seconds)
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        scripted.Enqueue((status, body.ToJsonString()));
    }

    private async Task<IResult> SendChatActionAsync(HttpContext context, string token)
    {
        var (body, refused) = await ReadAsync(context, token);
        if (refused is not null)
            return refused;
        if (body?["chat_id"] is null)
            return Error(400, "Bad Request: chat_id is empty");
        if (body["action"]?.GetValue<string>() is not { } action || !ChatActions.Contains(action))
            return Error(400, "Bad Request: wrong parameter action in request");
        Actions.Enqueue(body);
        return Results.Content(new JsonObject { ["ok"] = true, ["result"] = true }.ToJsonString(), "application/json");
    }

    // What every method checks first: the token, a scripted failure, a JSON body.
    private async Task<(JsonObject? Body, IResult? Refused)> ReadAsync(HttpContext context, string token)
    {
        Interlocked.Increment(ref Calls);
        if (token != this.token)
            return (null, Error(401, "Unauthorized"));
        if (scripted.TryDequeue(out var next))
            return (null, Results.Content(next.Body, "application/json", statusCode: next.Status));
        try
        {
            return ((await JsonNode.ParseAsync(context.Request.Body))?.AsObject(), null);
        }
        catch (System.Text.Json.JsonException)
        {
            return (null, Error(400, "Bad Request: can't parse JSON"));
        }
    }

    private async Task<IResult> SendMessageAsync(HttpContext context, string token)
    {
        var (body, refused) = await ReadAsync(context, token);
        if (refused is not null)
            return refused;
        if (body?["chat_id"] is null)
            return Error(400, "Bad Request: chat_id is empty");
        var text = body["text"]?.GetValue<string>();
        if (string.IsNullOrEmpty(text))
            return Error(400, "Bad Request: message text is empty");
        if (text.Length > 4096)
            return Error(400, "Bad Request: message is too long");
        if (body["reply_markup"]?["inline_keyboard"] is JsonArray rows && !rows.All(r => r is JsonArray row && row.All(ValidButton)))
            return Error(400, "Bad Request: BUTTON_DATA_INVALID");
        Sent.Enqueue(body);
        var id = Interlocked.Increment(ref messageIds);
        return Results.Content(new JsonObject
        {
            ["ok"] = true,
            ["result"] = new JsonObject { ["message_id"] = id, ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.DeepClone(), ["type"] = "private" }, ["text"] = text },
        }.ToJsonString(), "application/json");
    }

    private static bool ValidButton(JsonNode? button)
    {
        if (button?["text"]?.GetValue<string>() is not { Length: > 0 })
            return false;
        var data = button["callback_data"]?.GetValue<string>();
        var url = button["url"]?.GetValue<string>();
        return (data is null) != (url is null) && (data is null || System.Text.Encoding.UTF8.GetByteCount(data) is >= 1 and <= 64);
    }

    private static IResult Error(int status, string description) =>
        Results.Content(new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description }.ToJsonString(), "application/json", statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
