using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

public sealed class ArticleFolderTests
{
    private const string Article = "---\nid: {0}\ntitle: T\nsummary: S.\nquestions:\n  - Q?\n---\nBody.\n";

    [Fact]
    public async Task ReadAllAsync_Folder_ReadsMarkdownFilesInNameOrder()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Sub("zeta.md"), string.Format(Article, "zeta"));
        await File.WriteAllTextAsync(folder.Sub("alpha.md"), string.Format(Article, "alpha"));
        await File.WriteAllTextAsync(folder.Sub("notes.txt"), "not an article");

        var articles = await ArticleFolder.ReadAllAsync(folder.Path, CancellationToken.None);

        Assert.Equal(["alpha", "zeta"], articles.Select(a => a.Id));
    }

    [Fact]
    public async Task ReadAllAsync_IdDiffersFromFileName_ThrowsNamingTheFile()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Sub("parking.md"), string.Format(Article, "towing"));

        var error = await Assert.ThrowsAsync<ArticleFormatException>(() => ArticleFolder.ReadAllAsync(folder.Path, CancellationToken.None));

        Assert.Equal("parking.md", error.Source);
        Assert.Contains("must equal the file name", error.Problem);
    }

    [Fact]
    public async Task ReadAllAsync_MissingFolder_ThrowsDirectoryNotFound()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ArticleFolder.ReadAllAsync(folder.Sub("absent"), CancellationToken.None));
    }
}
