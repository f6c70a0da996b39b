using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CityCrm.Conversations.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Telegram.Inbound;

/// <summary>
/// An update posted to one bot's webhook: its secret token checked in fixed time before anything is read, then
/// stored once per update_id and acknowledged; the bot answers out of band through the outbox. A button press is
/// acknowledged in the webhook's own answer (answerCallbackQuery), which costs Telegram no extra call.
/// </summary>
public sealed partial class TelegramWebhook(
    ConversationService conversations, IOptionsMonitor<TelegramOptions> options, TimeProvider clock, ILogger<TelegramWebhook> logger)
{
    /// <summary>The header Telegram sends the webhook's secret_token in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Updates are small; anything larger is not from Telegram.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> ReceiveAsync(string inboxId, HttpRequest request, CancellationToken cancellationToken)
    {
        var bot = options.CurrentValue.Bots.FirstOrDefault(b => b.InboxId == inboxId);
        if (bot is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown bot", detail: $"No Telegram bot answers on {inboxId}.");
        if (!SecretMatches(request.Headers[SecretHeader].ToString(), bot.SecretToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not from Telegram",
                detail: $"The {SecretHeader} header is missing or wrong.");
        if (request.ContentLength > MaxBodyBytes)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Update too large");

        JsonElement update;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            update = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an update", detail: "The body is not JSON.");
        }
        if (update.ValueKind != JsonValueKind.Object)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an update", detail: "The body is not a JSON object.");

        if (TelegramMapper.Map(update, bot.Username, clock.GetUtcNow()) is not { } inbound)
        {
            LogIgnored(logger, inboxId);
            return TypedResults.Ok();
        }
        var stored = await conversations.ReceiveAsync(
            new InboundActivity(bot.InboxId, inbound.ChatId, null, inbound.ExternalId, inbound.Activity), cancellationToken);
        if (stored.Duplicate)
            LogDuplicate(logger, inbound.UpdateId);
        return inbound.CallbackQueryId is { } queryId
            ? TypedResults.Json(new Dictionary<string, string> { ["method"] = "answerCallbackQuery", ["callback_query_id"] = queryId })
            : TypedResults.Ok();
    }

    private static bool SecretMatches(string given, string expected) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram update on {InboxId} is nothing the city answers (an edit, a group, a bot): acknowledged")]
    private static partial void LogIgnored(ILogger logger, string inboxId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram update {UpdateId} was already stored: acknowledged again")]
    private static partial void LogDuplicate(ILogger logger, long updateId);
}
