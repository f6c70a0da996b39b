using CityCrm.Conversations.Leases;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The lease contract over the in-process store a host without shared storage uses.</summary>
public sealed class InMemoryLeaseStoreTests : LeaseStoreContract
{
    protected override Task<ILeaseStore> CreateStoreAsync() => Task.FromResult<ILeaseStore>(new InMemoryLeaseStore());

    protected override Task DisposeStoreAsync() => Task.CompletedTask;
}
