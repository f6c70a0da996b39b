using CityCrm.CaseCore;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Cases in container <c>cases</c>, partitioned by reference: filing, reading and every status change are point
/// operations on one document, guarded by its ETag. Beside each case the same container holds a marker per case id
/// (ids are unique too) and a pointer per contact (<c>contact:{id}</c> partition), so a resident's cases are one
/// single-partition query. Numbers come from <see cref="CosmosCounter"/>.
/// </summary>
public sealed class CosmosCaseStore(CosmosStorage storage) : ICaseStore
{
    public static readonly CosmosContainerSpec Container = new("cases")
    {
        CompositeIndexes = [["/createdTicks DESC", "/reference DESC"]],
    };

    private readonly CosmosCollection cases = storage.Collection(Container.Name);
    private readonly CosmosCounter numbers = new(storage.Collection(CosmosCounter.Container.Name), "case-number", CaseReference.FirstNumber);

    public Task<long> NextNumberAsync(CancellationToken cancellationToken) => numbers.NextAsync(cancellationToken);

    public async Task CreateAsync(Case @case, CancellationToken cancellationToken)
    {
        var document = CaseDocument.From(@case.ToSnapshot() with { Version = 0 });
        // The pointer goes first: one left behind by a crash points at no case and is skipped when read.
        var pointer = new ContactPointer(document.Reference, ContactPartition(document.ContactId), "contact-case", document.CreatedTicks);
        await cases.UpsertAsync(pointer, pointer.Pk, cancellationToken);
        if (!await cases.CreateAsync(document, document.Pk, cancellationToken))
            throw new CaseConflictException($"A case with reference {document.Reference} already exists.");
        var marker = new IdMarker(IdPartition(document.CaseId), IdPartition(document.CaseId), "case-id", document.Reference);
        if (!await cases.CreateAsync(marker, marker.Pk, cancellationToken))
        {
            await cases.DeleteAsync(document.Id, document.Pk, cancellationToken);
            throw new CaseConflictException($"A case with id {document.CaseId} already exists.");
        }
        @case.Version = 0;
    }

    public async Task<Case?> GetByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        (await cases.ReadAsync<CaseDocument>(reference, reference, cancellationToken))?.Document.ToCase();

    public Task SaveAsync(Case @case, CancellationToken cancellationToken) =>
        SaveChangedAsync(cases, @case, next => next, cancellationToken);

    /// <summary>
    /// The version-checked save of a case document, shared with the timer store (which adds a timer's alerts to the
    /// same replace): the stored version must still be the case's, and the replace is guarded by the ETag.
    /// </summary>
    internal static async Task SaveChangedAsync(CosmosCollection cases, Case @case, Func<CaseDocument, CaseDocument> alter, CancellationToken cancellationToken)
    {
        var stored = await cases.ReadAsync<CaseDocument>(@case.Reference, @case.Reference, cancellationToken);
        if (stored is null || stored.Document.Snapshot.Version != @case.Version)
            throw Conflict(@case);
        var next = alter(stored.Document.Saved(@case.ToSnapshot()));
        if (!await cases.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken))
            throw Conflict(@case);
        @case.Version++;
    }

    public async Task<IReadOnlyList<Case>> ListByContactAsync(string contactId, CancellationToken cancellationToken)
    {
        var partition = ContactPartition(contactId);
        var pointers = await cases.QueryAsync<ContactPointer>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", partition), partition, int.MaxValue, cancellationToken);
        var found = await Task.WhenAll(pointers.Select(p => cases.ReadAsync<CaseDocument>(p.Id, p.Id, cancellationToken)));
        return found.Where(d => d is not null && d.Document.ContactId == contactId)
            .Select(d => d!.Document)
            .OrderByDescending(d => d.CreatedTicks).ThenByDescending(d => d.Reference, StringComparer.Ordinal)
            .Select(d => d.ToCase()).ToList();
    }

    public async Task<IReadOnlyList<Case>> QueryAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 0, CaseQuery.MaxLimit);
        if (limit == 0)
            return [];
        var offset = Math.Max(0, query.Offset);
        // Reports and work lists: a filtered query across partitions. OFFSET is read past (the server pages by
        // continuation), which keeps deep pages costly but correct.
        var documents = await cases.QueryAsync<CaseDocument>(CosmosCaseFilter.Build(query), null, offset + limit, cancellationToken);
        return documents.Skip(offset).Select(d => d.ToCase()).ToList();
    }

    private static CaseConflictException Conflict(Case @case) =>
        new($"Case {@case.Reference} was changed by someone else; reload it and try again.");

    internal static string ContactPartition(string contactId) => "contact:" + contactId;

    private static string IdPartition(string caseId) => "case-id:" + caseId;

    internal sealed record ContactPointer(string Id, string Pk, string Type, long CreatedTicks);

    private sealed record IdMarker(string Id, string Pk, string Type, string Reference);
}
