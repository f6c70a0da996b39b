namespace CityCrm.Conversations.Privacy;

/// <summary>
/// Legal holds, the retention schedule's removals, erasure and records exports over the stored data. Each removal is
/// one transaction and changes only what was not removed yet, so a run cut short is simply run again.
/// </summary>
public interface IPrivacyStore
{
    /// <summary>Stores a new hold.</summary>
    Task PlaceHoldAsync(LegalHold hold, CancellationToken cancellationToken);

    /// <summary>The hold, active or released; null when there is none with that id.</summary>
    Task<LegalHold?> GetHoldAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores the release of an active hold; false when it was released already (by a concurrent call).</summary>
    Task<bool> ReleaseHoldAsync(LegalHold released, CancellationToken cancellationToken);

    /// <summary>Holds, newest first; only active ones when <paramref name="activeOnly"/>.</summary>
    Task<IReadOnlyList<LegalHold>> ListHoldsAsync(bool activeOnly, CancellationToken cancellationToken);

    /// <summary>Active holds on the contact itself or on any of its cases.</summary>
    Task<IReadOnlyList<LegalHold>> ActiveHoldsOnContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Resolved conversations, resolved before <paramref name="before"/>, not removed yet, held by nothing (contact or linked case).</summary>
    Task<IReadOnlyList<string>> DueConversationsAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>Closed cases last changed before <paramref name="before"/>, not removed yet, held by nothing (case or contact).</summary>
    Task<IReadOnlyList<string>> DueCasesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>Contacts with a conversation or case, all of them removed, not removed themselves, and not held.</summary>
    Task<IReadOnlyList<string>> DueContactsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the conversations' personal data, all in one transaction (message words and activities, resident names, attachments, the address,
    /// bot state, mail subjects, callers, insight questions, skills' arguments), putting <paramref name="marker"/> in each
    /// message's place. The number of messages changed; none for a conversation removed already (and not written in
    /// since) or unknown.
    /// </summary>
    Task<int> AnonymizeConversationsAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset at, string marker, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps each case's service, status, dates and history steps with a generalized location (block level, coordinates to
    /// three decimals) and removes its description (<paramref name="marker"/> instead), photos, answers, notes and requester.
    /// All in one transaction; the number of cases changed (none for one removed already or unknown).
    /// </summary>
    Task<int> AnonymizeCasesAsync(IReadOnlyCollection<string> references, DateTimeOffset at, string marker, CancellationToken cancellationToken);

    /// <summary>
    /// Removes each contact's identities (a later message from the same address starts a fresh contact), profile, keys,
    /// pending addresses and the old and new values in its audit trail, all in one transaction; the number of contacts
    /// changed (none for one removed already or unknown).
    /// </summary>
    Task<int> AnonymizeContactsAsync(IReadOnlyCollection<string> contactIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Erasure on request, in one transaction: every conversation and case of the contact removed as above (cases kept in
    /// anonymized form), then the contact. Null for an unknown contact.
    /// </summary>
    Task<ErasureCounts?> EraseContactAsync(string contactId, DateTimeOffset at, string marker, CancellationToken cancellationToken);

    /// <summary>Removes what <paramref name="record"/> holds of residents from entries made before <paramref name="before"/>; the number of entries changed.</summary>
    Task<int> ScrubAsync(RetentionRecord record, DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>The contact's conversations' ids and cases' references, and which conversations are not resolved.</summary>
    Task<ContactRecords?> ContactRecordsAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Everything stored about the contact, section by section; null for an unknown contact.</summary>
    Task<IReadOnlyList<RecordSection>?> ExportContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>A conversation with its full history (messages with private notes, timeline, deliveries, audit); null when unknown.</summary>
    Task<IReadOnlyList<RecordSection>?> ExportConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>A case with its full history (history, work, timers, approvals, followers, links, audit); null when unknown.</summary>
    Task<IReadOnlyList<RecordSection>?> ExportCaseAsync(string reference, CancellationToken cancellationToken);
}
