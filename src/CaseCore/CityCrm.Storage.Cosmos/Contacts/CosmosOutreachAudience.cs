using CityCrm.Conversations.Outreach;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// The outreach audience read from the contact documents (with their saved profiles), the consent histories and the
/// identities in Cosmos DB: every contact not merged into another, as segments are resolved against.
/// </summary>
public sealed class CosmosOutreachAudience(CosmosStorage storage) : IOutreachAudience
{
    private const string SubscriptionPrefix = "subscription:";
    private readonly CosmosCollection contacts = storage.Collection(CosmosContactDirectory.ContactsContainer.Name);
    private readonly CosmosCollection identities = storage.Collection(CosmosContactDirectory.IdentitiesContainer.Name);

    public async Task<IReadOnlyList<AudienceMember>> ReadAsync(CancellationToken cancellationToken)
    {
        // Across partitions, three reads of the whole audience: resolving a segment for a preview or a broadcast plan
        // (a staff action), never a resident's or agent's path. Unlike SQLite's one read transaction the three reads
        // are not one snapshot: a contact created between them may show without its identities until the next plan.
        var documents = await AllOfKindAsync<ContactDocument>(contacts, ContactDocument.Kind, cancellationToken);
        var consents = (await AllOfKindAsync<ConsentsDocument>(contacts, ConsentsDocument.Kind, cancellationToken))
            .ToDictionary(c => c.Pk, c => Subscriptions(c.Records), StringComparer.Ordinal);
        var known = (await AllOfKindAsync<IdentityDocument>(identities, IdentityDocument.Kind, cancellationToken))
            .GroupBy(i => i.ContactId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.CreatedAt).ThenBy(i => i.InboxId, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        IReadOnlySet<string> noTopics = new HashSet<string>();
        return [.. documents
            .Where(d => d.Profile?.MergedInto is null)
            .OrderBy(d => d.Pk, StringComparer.Ordinal)
            .Select(d =>
            {
                var own = known.GetValueOrDefault(d.Pk, []);
                var profile = CosmosContactProfiles.ProfileOf(d, own);
                return new AudienceMember(profile, [.. own.Select(i => new AudienceIdentity(i.InboxId, i.Pk))],
                    consents.GetValueOrDefault(d.Pk, noTopics),
                    profile.Latitude is { } lat && profile.Longitude is { } lon ? new GeoPoint(lon, lat) : null);
            })];
    }

    private static Task<List<T>> AllOfKindAsync<T>(CosmosCollection collection, string kind, CancellationToken cancellationToken) =>
        collection.QueryAsync<T>(new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", kind), null, int.MaxValue, cancellationToken);

    // The latest record per subscription topic (all channels) is the one in force.
    private static IReadOnlySet<string> Subscriptions(IReadOnlyList<StoredConsent> records) =>
        records.Where(r => r.Record.ChannelId == "*" && r.Record.Topic.StartsWith(SubscriptionPrefix, StringComparison.Ordinal))
            .GroupBy(r => r.Record.Topic, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Id, StringComparer.Ordinal)!.Record)
            .Where(r => r.OptedIn)
            .Select(r => OutreachTopics.SubscriptionOf(r.Topic)!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
