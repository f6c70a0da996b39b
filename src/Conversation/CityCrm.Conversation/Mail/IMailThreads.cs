namespace CityCrm.Conversations.Mail;

/// <summary>
/// The Message-IDs of every email in every conversation, so that a resident's reply finds its conversation and our
/// replies carry In-Reply-To and References that keep them in the resident's mail thread.
/// </summary>
public interface IMailThreads
{
    /// <summary>Records an email of a thread; false when that Message-ID is already recorded for the inbox (kept as it was).</summary>
    Task<bool> RecordAsync(MailThreadEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// The conversation of the most recent recorded email, on this inbox, whose Message-ID is one of <paramref name="messageIds"/>
    /// (a reply's In-Reply-To and References), or null when none is known.
    /// </summary>
    Task<string?> FindConversationAsync(string inboxId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken);

    /// <summary>The conversation's emails, oldest first.</summary>
    Task<IReadOnlyList<MailThreadEntry>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
