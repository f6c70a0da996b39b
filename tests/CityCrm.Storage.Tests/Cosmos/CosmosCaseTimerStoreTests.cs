using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The case timer contract on Cosmos DB; reopening makes a second client on the same database, as another node would.</summary>
public sealed class CosmosCaseTimerStoreTests : CaseTimerStoreContract
{
    private readonly List<CosmosStorage> storages = [];

    protected override async Task<TimerStores> CreateStoreAsync()
    {
        var options = await CosmosTestStorage.OptionsAsync();
        var storage = await CosmosTestStorage.CreateAsync(options, Containers);
        storages.Add(storage);
        return new TimerStores(new CosmosCaseStore(storage), new CosmosCaseTimerStore(storage), () =>
        {
            var other = new CosmosStorage(Microsoft.Extensions.Options.Options.Create(options), Containers);
            storages.Add(other);
            return new CosmosCaseTimerStore(other);
        });
    }

    protected override async Task DisposeStoreAsync()
    {
        await CosmosTestStorage.DisposeAsync(storages[0]);
        foreach (var other in storages.Skip(1))
            await other.DisposeAsync();
    }

    private static readonly CosmosContainerSpec[] Containers = [CosmosCaseStore.Container, CosmosCounter.Container, CosmosCaseTimerStore.Container];
}
