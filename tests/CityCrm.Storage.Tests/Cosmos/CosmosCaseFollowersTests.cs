using CityCrm.CaseCore.Duplicates;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Cases;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The case followers contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosCaseFollowersTests : CaseFollowersContract
{
    private CosmosStorage? storage;

    protected override async Task<ICaseFollowers> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosCaseFollowers.Container);
        return new CosmosCaseFollowers(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
