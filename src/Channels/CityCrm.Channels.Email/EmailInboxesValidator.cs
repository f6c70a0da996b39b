using CityCrm.Conversations;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email;

/// <summary>
/// Refuses to start when a mailbox names an inbox that is not configured, or one of another channel: its mail would
/// be refused one by one at run time instead.
/// </summary>
public sealed class EmailInboxesValidator(IOptions<ConversationOptions> conversations) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var inboxes = conversations.Value.Inboxes.ToDictionary(i => i.Id, i => i.ChannelId, StringComparer.Ordinal);
        var errors = new List<string>();
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var inboxId = options.Mailboxes[i].InboxId;
            var key = $"Email:Mailboxes:{i}:InboxId";
            if (string.IsNullOrWhiteSpace(inboxId))
                errors.Add($"{key} is required.");
            else if (!inboxes.TryGetValue(inboxId, out var channel))
                errors.Add($"{key} names inbox '{inboxId}', which is not under Conversations:Inboxes.");
            else if (channel != ChannelIds.Email)
                errors.Add($"{key} names inbox '{inboxId}' of channel '{channel}'; it must be an '{ChannelIds.Email}' inbox.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
