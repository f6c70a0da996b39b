using CityCrm.Conversations.Attachments;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Attachments;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>How the Cosmos attachment store keeps a file cut into chunks whole or invisible.</summary>
public sealed class CosmosAttachmentChunkTests : IAsyncLifetime
{
    private CosmosStorage storage = null!;
    private CosmosAttachmentStore store = null!;

    public async Task InitializeAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAttachmentStore.Container);
        store = new CosmosAttachmentStore(storage, TimeProvider.System);
    }

    public Task DisposeAsync() => CosmosTestStorage.DisposeAsync(storage);

    [Fact]
    public async Task SaveAsync_ThreeChunkFile_IsOneHeadAndThreeChunks()
    {
        var saved = await store.SaveAsync(new NewAttachment("c1", "scan.pdf", "application/pdf", new byte[2 * CosmosAttachmentStore.ChunkSize + 1]), default);

        var attachments = storage.Collection(CosmosAttachmentStore.Container.Name);
        Assert.NotNull(await attachments.ReadAsync<object>("chunk:2", saved.Id, default));
        Assert.Null(await attachments.ReadAsync<object>("chunk:3", saved.Id, default));
        Assert.NotNull(await attachments.ReadAsync<object>("head", saved.Id, default));
    }

    [Fact]
    public async Task FindAsync_ChunksWithoutTheirHead_FindsNothing()
    {
        var saved = await store.SaveAsync(new NewAttachment("c1", "scan.pdf", "application/pdf", [1, 2, 3]), default);
        // What a save that stopped before its head leaves behind.
        await storage.Collection(CosmosAttachmentStore.Container.Name).DeleteAsync("head", saved.Id, default);

        Assert.Null(await store.FindAsync(saved.Id, default));
        Assert.Null(await store.ReadContentAsync(saved.Id, default));
    }

    [Fact]
    public async Task ReadContentAsync_ChunkLost_RefusesToServeAPartialFile()
    {
        var saved = await store.SaveAsync(new NewAttachment("c1", "scan.pdf", "application/pdf", new byte[CosmosAttachmentStore.ChunkSize + 10]), default);
        await storage.Collection(CosmosAttachmentStore.Container.Name).DeleteAsync("chunk:1", saved.Id, default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadContentAsync(saved.Id, default));
    }
}
