using CityCrm.Conversations.Attachments;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteAttachmentStoreTests : IAsyncLifetime
{
    private TempSqliteDatabase temp = null!;
    private SqliteAttachmentStore store = null!;

    public async Task InitializeAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        store = new SqliteAttachmentStore(temp.Database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await temp.DisposeAsync();

    [Fact]
    public async Task SaveAsync_File_EntryAndContentReadBack()
    {
        byte[] content = [0xFF, 0xD8, 0x00, 0x01, 0xFF, 0xD9];

        var saved = await store.SaveAsync(new NewAttachment("c1", "wall.jpg", "image/jpeg", content), default);

        Assert.Equal(("c1", "wall.jpg", "image/jpeg", 6L), (saved.ConversationId, saved.Name, saved.ContentType, saved.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), saved.Sha256);
        Assert.Equal(saved, await store.FindAsync(saved.Id, default));
        Assert.Equal(content, await store.ReadContentAsync(saved.Id, default));
        Assert.Equal($"/api/agent/attachments/{saved.Id}", saved.DownloadPath);
    }

    [Fact]
    public async Task SaveAsync_SameFileTwiceInAConversation_OneEntry()
    {
        var first = await store.SaveAsync(new NewAttachment("c1", "a.pdf", "application/pdf", [1, 2, 3]), default);

        var again = await store.SaveAsync(new NewAttachment("c1", "a.pdf", "application/pdf", [1, 2, 3]), default);
        var elsewhere = await store.SaveAsync(new NewAttachment("c2", "a.pdf", "application/pdf", [1, 2, 3]), default);
        var renamed = await store.SaveAsync(new NewAttachment("c1", "b.pdf", "application/pdf", [1, 2, 3]), default);

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, elsewhere.Id);
        Assert.NotEqual(first.Id, renamed.Id);
    }

    [Fact]
    public async Task FindAsync_UnknownId_Null()
    {
        Assert.Null(await store.FindAsync("missing", default));
        Assert.Null(await store.ReadContentAsync("missing", default));
    }
}
