using System.Security.Cryptography;
using System.Text;
using CityCrm.CaseCore;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Mail;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Finds the conversation an email belongs to: the one it was already stored in (read twice), the one of the
/// email it answers (In-Reply-To, References), the one of the case its subject names; otherwise a new conversation,
/// even when the same sender wrote before, because a new subject is a new matter.
/// </summary>
public sealed class MailThreading(IMailThreads threads, ICaseStore cases, ConversationService conversations)
{
    /// <summary>The conversation id for <paramref name="mail"/> from <paramref name="address"/>, opened when new.</summary>
    public async Task<string> ConversationForAsync(
        string inboxId, string address, InboundMail mail, string threadMessageId, string externalId, CancellationToken cancellationToken)
    {
        if (await FindAsync(inboxId, address, [threadMessageId], cancellationToken) is { } again)
            return again;
        if (await FindAsync(inboxId, address, mail.ThreadIds, cancellationToken) is { } answered)
            return answered;
        if (mail.CaseReference is { } reference
            && await cases.GetByReferenceAsync(reference, cancellationToken) is { ConversationId: { } caseConversation }
            && await IsOnAsync(caseConversation, inboxId, address, cancellationToken))
            return caseConversation;
        // Derived from the message, so reading it again after a restart lands in the same conversation, not a second one.
        var opened = await conversations.OpenAsync(inboxId, address, StableId(inboxId, externalId), cancellationToken);
        return opened.Id;
    }

    /// <summary>A conversation id that is the same each time the same email is read.</summary>
    public static string StableId(string inboxId, string externalId) =>
        "mail-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{inboxId}\n{externalId}")))[..24];

    private async Task<string?> FindAsync(string inboxId, string address, IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
            return null;
        var found = await threads.FindConversationAsync(inboxId, messageIds, cancellationToken);
        // Someone else answering the thread (a colleague in copy) is a conversation of their own.
        return found is not null && await IsOnAsync(found, inboxId, address, cancellationToken) ? found : null;
    }

    private async Task<bool> IsOnAsync(string conversationId, string inboxId, string address, CancellationToken cancellationToken) =>
        await conversations.GetAsync(conversationId, cancellationToken) is { } c && c.InboxId == inboxId && c.Address == address;
}
