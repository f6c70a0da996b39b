using CityCrm.Storage.Cosmos.Outreach;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The segment and broadcast contract on Cosmos DB. Contacts, profiles and consents (the audience, read through
/// <see cref="CityCrm.Conversations.Outreach.IOutreachAudience"/>) and the messages stay in SQLite here.
/// </summary>
public sealed class CosmosOutreachStoreTests : OutreachStoreContract
{
    private CosmosBesideSqlite? both;

    protected override async Task<OutreachStores> CreateStoreAsync()
    {
        both = await CosmosBesideSqlite.CreateAsync(CosmosSegmentStore.Container);
        var conversations = new SqliteConversationStore(both.Sqlite, TimeProvider.System);
        return new OutreachStores(conversations, new SqliteContactProfileStore(both.Sqlite), new SqliteContactConsentStore(both.Sqlite),
            new CosmosSegmentStore(both.Cosmos, new SqliteOutreachAudience(both.Sqlite)), new CosmosBroadcastStore(both.Cosmos, conversations));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (both is not null)
            await both.DisposeAsync();
    }
}
