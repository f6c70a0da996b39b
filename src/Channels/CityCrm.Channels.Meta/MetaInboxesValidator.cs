using CityCrm.Conversations;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta;

/// <summary>
/// Refuses to start when a WhatsApp number or Messenger page names an inbox that is not configured, or one of another
/// channel: its messages would be refused one by one at run time instead.
/// </summary>
public sealed class MetaInboxesValidator(IOptions<ConversationOptions> conversations) : IValidateOptions<MetaOptions>
{
    public ValidateOptionsResult Validate(string? name, MetaOptions options)
    {
        var inboxes = conversations.Value.Inboxes.ToDictionary(i => i.Id, i => i.ChannelId, StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < options.WhatsApp.Count; i++)
            Check(errors, inboxes, $"Meta:WhatsApp:{i}:InboxId", options.WhatsApp[i].InboxId, ChannelIds.WhatsApp);
        for (var i = 0; i < options.Messenger.Count; i++)
            Check(errors, inboxes, $"Meta:Messenger:{i}:InboxId", options.Messenger[i].InboxId, ChannelIds.Messenger);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, Dictionary<string, string> inboxes, string key, string inboxId, string channelId)
    {
        if (string.IsNullOrEmpty(inboxId))
            errors.Add($"{key} is required.");
        else if (!inboxes.TryGetValue(inboxId, out var actual))
            errors.Add($"{key} names inbox '{inboxId}', which is not under Conversations:Inboxes.");
        else if (actual != channelId)
            errors.Add($"{key} names inbox '{inboxId}' of channel '{actual}'; it must be a '{channelId}' inbox.");
    }
}
