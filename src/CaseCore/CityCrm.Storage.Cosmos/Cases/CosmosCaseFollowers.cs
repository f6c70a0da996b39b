using CityCrm.CaseCore.Duplicates;
using CityCrm.Storage.Cosmos.Contacts;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Cases;

/// <summary>
/// Residents attached to cases on Cosmos DB (container <c>case-followers</c>, partition: case reference): one document
/// per (contact, kind), so a status change reads its case's followers with one single-partition query. A follower that
/// names an earlier report also leaves a pointer in that report's partition, written first and checked against the
/// follower when read, so "the duplicates of a report" is single-partition too and a stale pointer misleads no one.
/// </summary>
public sealed class CosmosCaseFollowers(CosmosStorage storage) : ICaseFollowers
{
    public static readonly CosmosContainerSpec Container = new("case-followers");

    private const string FollowerKindName = "case-follower";
    private const string DuplicateKind = "duplicate-pointer";

    private readonly CosmosCollection followers = storage.Collection(Container.Name);

    public async Task AddAsync(CaseFollower follower, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(follower);
        ArgumentException.ThrowIfNullOrWhiteSpace(follower.CaseReference);
        ArgumentException.ThrowIfNullOrWhiteSpace(follower.ContactId);
        var id = FollowerId(follower.ContactId, follower.Kind);
        if (follower.ReportReference is { } report)
            await followers.UpsertAsync(new PointerDocument(PointerId(follower.CaseReference, id), report, DuplicateKind, follower.CaseReference, id), report, cancellationToken);
        while (true)
        {
            var stored = await followers.ReadAsync<FollowerDocument>(id, follower.CaseReference, cancellationToken);
            if (stored is null)
            {
                if (await followers.CreateAsync(new FollowerDocument(id, follower.CaseReference, FollowerKindName, InsertionOrder.Next(), follower.ReportReference, follower), follower.CaseReference, cancellationToken))
                    return;
                continue;
            }
            // Attached again: the preference and note are replaced, the time and place in the list are kept.
            var next = stored.Document with { ReportReference = follower.ReportReference, Follower = follower with { CreatedAt = stored.Document.Follower.CreatedAt } };
            if (await followers.ReplaceAsync(next, id, follower.CaseReference, stored.ETag, cancellationToken))
                return;
        }
    }

    public async Task<IReadOnlyList<CaseFollower>> ListAsync(string caseReference, CancellationToken cancellationToken) =>
        Ordered(await followers.QueryAsync<FollowerDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", caseReference).WithParameter("@type", FollowerKindName),
            caseReference, 10_000, cancellationToken));

    public async Task<IReadOnlyList<CaseFollower>> DuplicatesOfAsync(string reportReference, CancellationToken cancellationToken)
    {
        var pointers = await followers.QueryAsync<PointerDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", reportReference).WithParameter("@type", DuplicateKind),
            reportReference, 10_000, cancellationToken);
        var found = await Task.WhenAll(pointers.Select(p => followers.ReadAsync<FollowerDocument>(p.FollowerId, p.CaseReference, cancellationToken)));
        return Ordered(found.Where(f => f?.Document.ReportReference == reportReference).Select(f => f!.Document));
    }

    private static List<CaseFollower> Ordered(IEnumerable<FollowerDocument> documents) =>
        [.. documents.OrderBy(d => d.Follower.CreatedAt).ThenBy(d => d.Order, StringComparer.Ordinal).Select(d => d.Follower)];

    private static string FollowerId(string contactId, FollowerKind kind) => $"f:{(int)kind}:{CosmosKeys.Escape(contactId)}";

    private static string PointerId(string caseReference, string followerId) => CosmosKeys.Escape(caseReference + "|" + followerId);

    private sealed record FollowerDocument(string Id, string Pk, string Type, string Order, string? ReportReference, CaseFollower Follower);

    private sealed record PointerDocument(string Id, string Pk, string Type, string CaseReference, string FollowerId);
}
