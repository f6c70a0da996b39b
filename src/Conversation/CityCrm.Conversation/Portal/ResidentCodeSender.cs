using System.Security.Cryptography;
using CityCrm.Channels;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Sends a sign-in code straight through the channel's sender (MailKit SMTP, Twilio's Messages API), not through a
/// conversation: a code written into a transcript could be read by staff and used to sign in as the resident. The
/// consent check still applies: an address that opted out of the channel, or of everything, gets no code.
/// </summary>
public sealed class ResidentCodeSender(
    ChannelSenders senders, IConsentPolicy consent, IConversationStore conversations, IOptions<ResidentSignInOptions> options,
    IOptions<ConversationOptions> conversationOptions, ILogger<ResidentCodeSender> logger)
{
    /// <summary>The consent topic of sign-in codes.</summary>
    public const string Topic = "sign-in";

    /// <summary>Sends the code; true when the provider accepted it.</summary>
    public async Task<bool> SendAsync(ResidentCodeDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var target = delivery.Target;
        var latest = (await conversations.ListByContactAsync(target.ContactId, 1, cancellationToken)).FirstOrDefault();
        var decision = await consent.CheckAsync(new ConsentQuery(target.ChannelId, target.Address, latest?.Id, [Topic]), cancellationToken);
        if (!decision.Allowed)
        {
            logger.LogInformation("Portal sign-in code for contact {ContactId} not sent: {Reason}", target.ContactId, decision.Reason);
            return false;
        }
        if (senders.Find(target.ChannelId) is not { } sender)
            return false;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = target.ChannelId,
            From = new ChannelAccount("bot", conversationOptions.Value.BotName, "bot"),
            Recipient = new ChannelAccount(target.Address, null, "user"),
            Text = Text(delivery),
        };
        // A conversation id of its own: the email is not threaded into, nor recorded against, any real conversation.
        var conversationId = "signin-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var outcome = await sender.SendAsync(new OutboundDelivery(target.InboxId, conversationId, target.Address, 0, activity), cancellationToken);
        if (outcome.Kind != SendOutcomeKind.Accepted)
            logger.LogWarning("Portal sign-in code for contact {ContactId} not accepted by {Channel}: {Error}", target.ContactId, target.ChannelId, outcome.Error);
        return outcome.Kind == SendOutcomeKind.Accepted;
    }

    private string Text(ResidentCodeDelivery delivery)
    {
        var texts = delivery.Confirmation ? options.Value.ConfirmText : options.Value.CodeText;
        var template = texts.GetValueOrDefault(delivery.Language) ?? texts.GetValueOrDefault("en") ?? "{code}";
        return template
            .Replace("{city}", conversationOptions.Value.CityName, StringComparison.Ordinal)
            .Replace("{code}", delivery.Code, StringComparison.Ordinal)
            .Replace("{minutes}", ((int)options.Value.CodeLifetime.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
