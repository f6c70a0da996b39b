namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>Contacts' consent records: every opt-in and opt-out kept as given, never rewritten.</summary>
public interface IContactConsentStore
{
    /// <summary>Appends a record.</summary>
    Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken);

    /// <summary>Every record of the contact, oldest first.</summary>
    Task<IReadOnlyList<ConsentRecord>> ListAsync(string contactId, CancellationToken cancellationToken);
}
