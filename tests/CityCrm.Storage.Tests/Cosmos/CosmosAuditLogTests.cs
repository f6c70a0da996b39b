using CityCrm.Conversations.Audit;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The audit log contract on Cosmos DB.</summary>
public sealed class CosmosAuditLogTests : AuditLogContract
{
    private CosmosStorage? storage;

    protected override async Task<IAuditLog> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAuditLog.Container);
        return new CosmosAuditLog(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
