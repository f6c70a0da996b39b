using CityCrm.CaseCore;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Privacy;

/// <summary>
/// What a records or privacy officer does: legal holds, erasure on request, subject access and records-request exports.
/// Every action is audited with who, when and what (ids, references and counts, never the personal data itself): in
/// the audit log, and in the contact's own trail when it concerns a contact.
/// </summary>
public sealed class PrivacyOffice(IPrivacyStore store, ICaseStore cases, IContactProfileStore profiles, IAuditLog audit, TimeProvider clock)
{
    /// <summary>Places a hold on an existing contact or case; null when the subject does not exist.</summary>
    public async Task<LegalHold?> PlaceHoldAsync(string subjectKind, string subjectId, string reason, string reference, string actor, CancellationToken cancellationToken)
    {
        var hold = LegalHold.Place(subjectKind, subjectId, reason, reference, actor, clock.GetUtcNow());
        if (hold.SubjectKind == HoldSubjects.Case)
        {
            var found = CaseReference.Normalize(hold.SubjectId) is { } normalized ? await cases.GetByReferenceAsync(normalized, cancellationToken) : null;
            if (found is null)
                return null;
            hold = hold with { SubjectId = found.Reference };
        }
        else if (await store.ContactRecordsAsync(hold.SubjectId, cancellationToken) is null)
            return null;
        await store.PlaceHoldAsync(hold, cancellationToken);
        await RecordAsync(actor, "privacy.hold.place", hold.SubjectKind == HoldSubjects.Contact ? hold.SubjectId : null, ArgumentsOf(hold), null, cancellationToken);
        return hold;
    }

    /// <summary>Releases an active hold; null when there is no such hold; throws <see cref="InvalidOperationException"/> when released already.</summary>
    public async Task<LegalHold?> ReleaseHoldAsync(string id, string actor, CancellationToken cancellationToken)
    {
        var hold = await store.GetHoldAsync(id, cancellationToken);
        if (hold is null)
            return null;
        var released = hold.Release(actor, clock.GetUtcNow());
        if (!await store.ReleaseHoldAsync(released, cancellationToken))
            throw new InvalidOperationException($"The hold {id} was already released.");
        await RecordAsync(actor, "privacy.hold.release", hold.SubjectKind == HoldSubjects.Contact ? hold.SubjectId : null, ArgumentsOf(hold), null, cancellationToken);
        return released;
    }

    /// <summary>
    /// Erases a contact's personal data on request (<paramref name="requestReference"/>), keeping its cases in anonymized
    /// form; refused while a hold is on the contact or one of its cases, or while a conversation of theirs is open.
    /// </summary>
    public async Task<ErasureOutcome> EraseAsync(string contactId, string requestReference, string actor, CancellationToken cancellationToken)
    {
        if (await store.ContactRecordsAsync(contactId, cancellationToken) is not { } records)
            return ErasureOutcome.Unknown;
        var holds = await store.ActiveHoldsOnContactAsync(contactId, cancellationToken);
        if (holds.Count > 0 || records.OpenConversations.Count > 0)
            return new ErasureOutcome(null, false, holds, records.OpenConversations);
        var counts = await store.EraseContactAsync(contactId, clock.GetUtcNow(), RemovedText.Erasure, cancellationToken);
        if (counts is null)
            return ErasureOutcome.Unknown;
        await RecordAsync(actor, "privacy.erase", contactId, PrivacyJson.Of(new { contactId, requestReference }), PrivacyJson.Of(counts), cancellationToken);
        return new ErasureOutcome(counts, false, [], []);
    }

    /// <summary>A contact's whole record for a subject access request; null for an unknown contact. The read is audited.</summary>
    public async Task<IReadOnlyList<RecordSection>?> ExportContactAsync(string contactId, string actor, CancellationToken cancellationToken)
    {
        var export = await store.ExportContactAsync(contactId, cancellationToken);
        if (export is not null)
            await RecordAsync(actor, "privacy.export.contact", contactId, PrivacyJson.Of(new { contactId }), null, cancellationToken);
        return export;
    }

    /// <summary>
    /// The resident's own export (portal): their record without what staff keep for themselves (private notes, staff
    /// notes and next actions on the profile, legal holds), as the portal shows it. The read is audited as theirs.
    /// </summary>
    public async Task<IReadOnlyList<RecordSection>> ExportOwnAsync(string contactId, string actor, CancellationToken cancellationToken)
    {
        var export = await store.ExportContactAsync(contactId, cancellationToken) ?? [];
        await RecordAsync(actor, "privacy.export.own", contactId, PrivacyJson.Of(new { contactId }), null, cancellationToken);
        return ResidentView.Of(export);
    }

    /// <summary>A conversation's full history for a records request; null when unknown. The read is audited.</summary>
    public async Task<IReadOnlyList<RecordSection>?> ExportConversationAsync(string conversationId, string actor, CancellationToken cancellationToken)
    {
        var export = await store.ExportConversationAsync(conversationId, cancellationToken);
        if (export is not null)
            await audit.WriteAsync(new AuditRecord(clock.GetUtcNow(), actor, "privacy.export.conversation", conversationId, PrivacyJson.Of(new { conversationId }), null, 0), cancellationToken);
        return export;
    }

    /// <summary>A case's full history for a records request; null when unknown. The read is audited.</summary>
    public async Task<IReadOnlyList<RecordSection>?> ExportCaseAsync(string reference, string actor, CancellationToken cancellationToken)
    {
        if (CaseReference.Normalize(reference) is not { } normalized || await store.ExportCaseAsync(normalized, cancellationToken) is not { } export)
            return null;
        await RecordAsync(actor, "privacy.export.case", null, PrivacyJson.Of(new { reference = normalized }), null, cancellationToken);
        return export;
    }

    private static string ArgumentsOf(LegalHold hold) =>
        PrivacyJson.Of(new { holdId = hold.Id, hold.SubjectKind, hold.SubjectId, hold.Reference });

    private async Task RecordAsync(string actor, string action, string? contactId, string arguments, string? outcome, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        await audit.WriteAsync(new AuditRecord(at, actor, action, null, arguments, outcome, 0), cancellationToken);
        if (contactId is not null)
            await profiles.AppendAuditAsync(new ContactAuditEntry(contactId, actor, at, action, null, null, null), cancellationToken);
    }
}
