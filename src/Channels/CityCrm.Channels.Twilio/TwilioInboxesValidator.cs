using CityCrm.Conversations;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio;

/// <summary>
/// Refuses to start when a number names an inbox that is not configured, or one of another channel: its messages
/// would be refused one by one at run time instead.
/// </summary>
public sealed class TwilioInboxesValidator(IOptions<ConversationOptions> conversations) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var inboxes = conversations.Value.Inboxes.ToDictionary(i => i.Id, i => i.ChannelId, StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < options.Numbers.Count; i++)
        {
            Check(errors, inboxes, $"Twilio:Numbers:{i}:SmsInboxId", options.Numbers[i].SmsInboxId, ChannelIds.Sms);
            Check(errors, inboxes, $"Twilio:Numbers:{i}:VoiceInboxId", options.Numbers[i].VoiceInboxId, ChannelIds.Voice);
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, Dictionary<string, string> inboxes, string key, string? inboxId, string channelId)
    {
        if (string.IsNullOrEmpty(inboxId))
            return;
        if (!inboxes.TryGetValue(inboxId, out var actual))
            errors.Add($"{key} names inbox '{inboxId}', which is not under Conversations:Inboxes.");
        else if (actual != channelId)
            errors.Add($"{key} names inbox '{inboxId}' of channel '{actual}'; it must be a '{channelId}' inbox.");
    }
}
