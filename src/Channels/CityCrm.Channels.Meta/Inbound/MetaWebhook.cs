using System.Text.Json;
using CityCrm.Channels.Meta.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>
/// A signed webhook from Meta: every entry of the batch is processed, WhatsApp ("whatsapp_business_account") and
/// Messenger ("page") alike, then the whole batch is acknowledged 200. Anything that cannot be processed because it
/// is not ours (an unknown number or page, an unknown object) is logged and acknowledged, so Meta does not retry it
/// for days; a failure to store throws, and Meta's retry is safe because every message is stored once per id.
/// </summary>
public sealed partial class MetaWebhook(WhatsAppWebhook whatsApp, MessengerWebhook messenger, ILogger<MetaWebhook> logger)
{
    public async Task<IResult> ReceiveAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return MetaProblems.BadRequest("The body is not JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            switch (root.Str("object"))
            {
                case "whatsapp_business_account":
                    foreach (var entry in root.Arr("entry"))
                    {
                        foreach (var change in entry.Arr("changes").Where(c => c.Str("field") == "messages"))
                        {
                            if (change.Obj("value") is { } value)
                                await whatsApp.ProcessAsync(value, cancellationToken);
                        }
                    }
                    break;
                case "page":
                    foreach (var entry in root.Arr("entry"))
                        await messenger.ProcessAsync(entry, cancellationToken);
                    break;
                case var other:
                    LogIgnored(logger, other ?? "(none)");
                    break;
            }
        }
        return TypedResults.Ok();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meta webhook for object {Object} acknowledged and ignored")]
    private static partial void LogIgnored(ILogger logger, string @object);
}
