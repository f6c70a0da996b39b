using CityCrm.CaseCore.Approvals;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The approval contract on Cosmos DB.</summary>
public sealed class CosmosCaseApprovalStoreTests : CaseApprovalStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<ICaseApprovalStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosCaseApprovalStore.Container);
        return new CosmosCaseApprovalStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
