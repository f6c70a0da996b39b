using CityCrm.Knowledge.Import;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Cli;

public sealed class IndexFolderSwapTests : IDisposable
{
    private readonly TempFolder temp = new();

    private string Index => temp.Sub("index");

    private static void Mark(string folder, string content)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "which"), content);
    }

    private string Which() => File.ReadAllText(Path.Combine(Index, "which"));

    [Fact]
    public void Activate_ReadyIndex_ReplacesTheServingOne()
    {
        var swap = new IndexFolderSwap(Index);
        Mark(Index, "old");
        Mark(swap.NewPath, "new");
        swap.MarkReady();

        swap.Activate();

        Assert.Equal("new", Which());
        Assert.False(Directory.Exists(swap.NewPath));
        Assert.False(Directory.Exists(Index + ".old"));
    }

    [Fact]
    public void Activate_NotMarkedReady_Throws()
    {
        var swap = new IndexFolderSwap(Index);
        Mark(swap.NewPath, "new");

        Assert.Throws<InvalidOperationException>(swap.Activate);
    }

    [Fact]
    public void Recover_InterruptedBetweenRenames_ReadyIndexGoesForward()
    {
        var swap = new IndexFolderSwap(Index);
        Mark(Index + ".old", "old");
        Mark(swap.NewPath, "new");
        swap.MarkReady();

        swap.Recover();

        Assert.Equal("new", Which());
    }

    [Fact]
    public void Recover_NoReadyIndex_PreviousIndexComesBack()
    {
        var swap = new IndexFolderSwap(Index);
        Mark(Index + ".old", "old");
        Mark(swap.NewPath, "partial");

        swap.Recover();

        Assert.Equal("old", Which());
        Assert.False(Directory.Exists(swap.NewPath));
    }

    public void Dispose() => temp.Dispose();
}
