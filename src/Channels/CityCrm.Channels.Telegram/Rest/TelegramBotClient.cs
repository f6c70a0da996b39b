using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Telegram.Rest;

/// <summary>
/// Telegram's Bot API for sending, spoken over HTTP. Every answer becomes a <see cref="SendOutcome"/>: flood control
/// (429 with retry_after), server errors and network trouble are retried later; a refusal (blocked by the user, chat
/// not found) is not. The token is part of every URL, so URLs are never logged.
/// </summary>
public sealed partial class TelegramBotClient(IHttpClientFactory httpClients, IOptions<TelegramOptions> options, ILogger<TelegramBotClient> logger)
{
    /// <summary>The named HttpClient (configured by AddTelegram with the API timeout).</summary>
    public const string HttpClientName = "telegram";

    /// <summary>sendMessage: plain text (no parse mode, so nothing in it is read as markup) and an optional keyboard.</summary>
    public Task<SendOutcome> SendMessageAsync(TelegramBotOptions bot, string chatId, string text, JsonObject? replyMarkup, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["chat_id"] = chatId, ["text"] = text };
        if (replyMarkup is not null)
            body["reply_markup"] = replyMarkup;
        return PostAsync(bot, "sendMessage", body, Interpret, cancellationToken);
    }

    /// <summary>sendChatAction: "typing" shows in the chat for about 5 seconds, or until the bot's next message arrives.</summary>
    public Task<SendOutcome> SendChatActionAsync(TelegramBotOptions bot, string chatId, string action, CancellationToken cancellationToken) =>
        PostAsync(bot, "sendChatAction", new JsonObject { ["chat_id"] = chatId, ["action"] = action }, InterpretAction, cancellationToken);

    /// <summary>Reads sendChatAction's answer: {"ok":true,"result":true}, or an error as for a message.</summary>
    public static SendOutcome InterpretAction(HttpStatusCode status, string text) =>
        Get(Parse(text), "ok")?.ValueKind == JsonValueKind.True ? SendOutcome.Accepted("", "sent") : Interpret(status, text);

    private async Task<SendOutcome> PostAsync(
        TelegramBotOptions bot, string method, JsonObject body, Func<HttpStatusCode, string, SendOutcome> interpret, CancellationToken cancellationToken)
    {
        var url = $"{options.Value.ApiBaseUrl.TrimEnd('/')}/bot{bot.Token}/{method}";
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).PostAsJsonAsync(url, body, cancellationToken);
            return interpret(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, bot.InboxId, ex.HttpRequestError.ToString());
            return SendOutcome.Retry($"Telegram unreachable: {ex.HttpRequestError}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, bot.InboxId, "timed out");
            return SendOutcome.Retry("Telegram did not answer in time.");
        }
    }

    /// <summary>Reads a Bot API answer: {"ok":true,"result":{...}} or {"ok":false,"error_code":...,"description":...}.</summary>
    public static SendOutcome Interpret(HttpStatusCode status, string text)
    {
        var answer = Parse(text);
        if (Get(answer, "ok")?.ValueKind == JsonValueKind.True)
        {
            // A success without a message id should not happen; sending again could repeat the message, so it is not retried.
            return Get(Get(answer, "result"), "message_id") is { ValueKind: JsonValueKind.Number } id
                ? SendOutcome.Accepted(id.GetRawText(), "sent")
                : SendOutcome.Failed("Telegram answered ok without a message id.");
        }
        var code = Get(answer, "error_code") is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : ((int)status).ToString(CultureInfo.InvariantCulture);
        var description = Get(answer, "description") is { ValueKind: JsonValueKind.String } given ? given.GetString() : status.ToString();
        var reason = $"{code}: {description}";
        if (status == HttpStatusCode.TooManyRequests || (int)status >= 500)
        {
            var after = Get(Get(answer, "parameters"), "retry_after") is { ValueKind: JsonValueKind.Number } wait && wait.TryGetInt32(out var seconds)
                ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            return SendOutcome.Retry(reason, after);
        }
        return SendOutcome.Failed(reason);
    }

    private static JsonElement? Parse(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Get(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var found) ? found : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram Bot API unreachable for inbox {InboxId}: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string inboxId, string reason);
}
