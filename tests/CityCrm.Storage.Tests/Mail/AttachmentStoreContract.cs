using CityCrm.Conversations.Attachments;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Mail;

/// <summary>What every <see cref="IAttachmentStore"/> must do: files read back whole, saved once per conversation, name and content.</summary>
public abstract class AttachmentStoreContract : StoreContract<IAttachmentStore>
{
    [Fact]
    public async Task SaveAsync_File_EntryAndContentReadBack()
    {
        byte[] content = [0xFF, 0xD8, 0x00, 0x01, 0xFF, 0xD9];

        var saved = await Store.SaveAsync(new NewAttachment("c1", "wall.jpg", "image/jpeg", content), None);

        Assert.Equal(("c1", "wall.jpg", "image/jpeg", 6L), (saved.ConversationId, saved.Name, saved.ContentType, saved.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), saved.Sha256);
        Assert.Equal(saved, await Store.FindAsync(saved.Id, None));
        Assert.Equal(content, await Store.ReadContentAsync(saved.Id, None));
        Assert.Equal($"/api/agent/attachments/{saved.Id}", saved.DownloadPath);
    }

    [Fact]
    public async Task SaveAsync_SameFileTwiceInAConversation_OneEntry()
    {
        var first = await Store.SaveAsync(new NewAttachment("c1", "a.pdf", "application/pdf", [1, 2, 3]), None);

        var again = await Store.SaveAsync(new NewAttachment("c1", "a.pdf", "application/pdf", [1, 2, 3]), None);
        var elsewhere = await Store.SaveAsync(new NewAttachment("c2", "a.pdf", "application/pdf", [1, 2, 3]), None);
        var renamed = await Store.SaveAsync(new NewAttachment("c1", "b.pdf", "application/pdf", [1, 2, 3]), None);

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, elsewhere.Id);
        Assert.NotEqual(first.Id, renamed.Id);
    }

    [Fact]
    public async Task FindAsync_UnknownId_Null()
    {
        Assert.Null(await Store.FindAsync("missing", None));
        Assert.Null(await Store.ReadContentAsync("missing", None));
    }

    [Fact]
    public async Task SaveAsync_FileOfFiveMebibytes_ReadsBackByteForByte()
    {
        var content = new byte[5 * 1024 * 1024 + 123];
        new Random(7).NextBytes(content);

        var saved = await Store.SaveAsync(new NewAttachment("c1", "scan.pdf", "application/pdf", content), None);

        Assert.Equal(content.Length, saved.Size);
        Assert.Equal(content, await Store.ReadContentAsync(saved.Id, None));
    }

    [Fact]
    public async Task SaveAsync_SameFileTwiceAtOnce_OneEntry()
    {
        var file = new NewAttachment("c1", "a.pdf", "application/pdf", [1, 2, 3, 4]);

        var saved = await Task.WhenAll(Task.Run(() => Store.SaveAsync(file, None)), Task.Run(() => Store.SaveAsync(file, None)));

        Assert.Equal(saved[0], saved[1]);
    }
}
