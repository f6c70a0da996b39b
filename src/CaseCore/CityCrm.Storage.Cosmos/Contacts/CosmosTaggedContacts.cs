using CityCrm.Conversations.Surveys;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>Contacts by profile tag, read from the contact documents (which carry the saved profile) in Cosmos DB.</summary>
public sealed class CosmosTaggedContacts(CosmosStorage storage) : ITaggedContacts
{
    private readonly CosmosCollection contacts = storage.Collection(CosmosContactDirectory.ContactsContainer.Name);

    public async Task<IReadOnlyList<string>> ListAsync(string tag, CancellationToken cancellationToken)
    {
        // Across partitions, and the tag compared here without regard to case: a supervisor choosing a survey's
        // audience, never a resident's or agent's path. Only contacts whose profile was saved can carry a tag.
        var documents = await contacts.QueryAsync<ContactDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", ContactDocument.Kind),
            null, int.MaxValue, cancellationToken);
        return [.. documents
            .Where(d => d.Profile is { MergedInto: null } profile && profile.Tags.Any(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase)))
            .Select(d => d.Pk)
            .Order(StringComparer.Ordinal)];
    }
}
