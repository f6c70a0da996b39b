using System.Text.RegularExpressions;
using CityCrm.Conversations;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Telegram;

/// <summary>
/// Refuses to start with a bot Telegram could not deliver to us safely: no token, a secret Telegram would reject, or an
/// inbox that is missing, of another channel, or given to two bots.
/// </summary>
public sealed partial class TelegramOptionsValidator(IOptions<ConversationOptions> conversations) : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var inboxes = conversations.Value.Inboxes.ToDictionary(i => i.Id, i => i.ChannelId, StringComparer.Ordinal);
        var errors = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
            errors.Add("Telegram:ApiBaseUrl must be an absolute URL.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Bots.Count; i++)
        {
            var bot = options.Bots[i];
            var key = $"Telegram:Bots:{i}";
            if (string.IsNullOrWhiteSpace(bot.Token))
                errors.Add($"{key}:Token is required.");
            if (!SecretPattern().IsMatch(bot.SecretToken))
                errors.Add($"{key}:SecretToken must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -.");
            if (!inboxes.TryGetValue(bot.InboxId, out var channel))
                errors.Add($"{key}:InboxId names inbox '{bot.InboxId}', which is not under Conversations:Inboxes.");
            else if (channel != ChannelIds.Telegram)
                errors.Add($"{key}:InboxId names inbox '{bot.InboxId}' of channel '{channel}'; it must be a 'telegram' inbox.");
            if (!seen.Add(bot.InboxId))
                errors.Add($"{key}:InboxId '{bot.InboxId}' is already another bot's inbox.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
