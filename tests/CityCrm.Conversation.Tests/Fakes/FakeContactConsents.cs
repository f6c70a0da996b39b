using System.Collections.Concurrent;
using CityCrm.Conversations.Contacts.Consent;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Contacts' consent records kept in memory, in the order recorded.</summary>
public sealed class FakeContactConsents : IContactConsentStore
{
    private readonly ConcurrentQueue<ConsentRecord> records = new();

    public Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ConsentRecord>> ListAsync(string contactId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsentRecord>>([.. records.Where(r => r.ContactId == contactId)]);
}
