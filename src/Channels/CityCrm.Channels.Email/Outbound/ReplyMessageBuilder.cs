using CityCrm.CaseCore;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Builds the email for one outgoing transcript message: from the mailbox to the resident, threaded under the
/// resident's latest email (In-Reply-To, References, "Re:" subject with the case reference), with a plain-text part
/// and an HTML part that only encodes that text.
/// </summary>
public sealed class ReplyMessageBuilder(IConversationStore conversations, ICaseStore cases, IMailThreads threads, TimeProvider clock)
{
    /// <summary>How many earlier Message-IDs References carries, newest kept: enough for any mail program to thread.</summary>
    public const int MaxReferences = 10;

    public async Task<OutgoingEmail> BuildAsync(MailboxOptions mailbox, MailboxAddress to, OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var messageId = OutboundMessageId.For(delivery.ConversationId, delivery.Sequence, mailbox.Address);
        var thread = (await threads.ListAsync(delivery.ConversationId, cancellationToken))
            .Where(e => !string.Equals(e.MessageId, messageId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var lastIncoming = thread.LastOrDefault(e => !e.Outgoing);
        var conversation = await conversations.GetAsync(delivery.ConversationId, cancellationToken);
        var reference = conversation is null ? null : await CaseReferenceAsync(conversation, cancellationToken);
        var fallback = string.IsNullOrWhiteSpace(mailbox.DisplayName) ? "Your message" : $"Your message to {mailbox.DisplayName}";
        var subject = ReplySubject.For(lastIncoming?.Subject ?? thread.LastOrDefault()?.Subject, reference, fallback);
        var automatic = delivery.Activity.From?.Role != "agent";

        if (string.IsNullOrEmpty(to.Name) && conversation is not null
            && await conversations.GetContactAsync(conversation.ContactId, cancellationToken) is { DisplayName: { Length: > 0 } name })
            to = new MailboxAddress(name, to.Address);

        var message = new MimeMessage { MessageId = messageId, Subject = subject, Date = clock.GetUtcNow() };
        message.From.Add(new MailboxAddress(mailbox.DisplayName, mailbox.Address));
        message.To.Add(to);
        if (lastIncoming is not null)
            message.InReplyTo = lastIncoming.MessageId;
        foreach (var entry in thread.TakeLast(MaxReferences))
            message.References.Add(entry.MessageId);
        if (automatic)
        {
            // RFC 3834: tells other systems not to answer this one automatically, which stops mail loops.
            message.Headers.Add("Auto-Submitted", "auto-replied");
        }
        var text = delivery.Activity.Text ?? "";
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = MailHtml.FromText(text) }.ToMessageBody();
        return new OutgoingEmail(message, messageId, subject, automatic);
    }

    // The case opened in this conversation, newest first; a conversation without one has no reference in its subject.
    private async Task<string?> CaseReferenceAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var opened = await cases.ListByContactAsync(conversation.ContactId, cancellationToken);
        return opened.FirstOrDefault(c => c.ConversationId == conversation.Id)?.Reference;
    }
}
