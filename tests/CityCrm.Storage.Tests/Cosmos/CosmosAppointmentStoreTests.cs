using CityCrm.Conversations.Appointments;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Appointments;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The appointment contract on Cosmos DB.</summary>
public sealed class CosmosAppointmentStoreTests : AppointmentStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IAppointmentStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAppointmentStore.Container);
        return new CosmosAppointmentStore(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
