using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// Puts a freshly built index in place of the serving one. The new index is built in
/// <c>{index}.new</c> and marked ready only once complete; the switch is two renames
/// (serving to <c>{index}.old</c>, new to serving). An import interrupted before the mark leaves the
/// previous index serving; one interrupted between the renames is completed by <see cref="Recover"/>.
/// </summary>
public sealed class IndexFolderSwap(string indexPath)
{
    /// <summary>The folder the new index is built in.</summary>
    public string NewPath { get; } = indexPath + ".new";

    private string OldPath { get; } = indexPath + ".old";

    private string ReadyMark => indexPath + ".new.ready";

    /// <summary>Finishes or rolls back an interrupted switch, and clears an unfinished new index.</summary>
    public void Recover()
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            if (File.Exists(ReadyMark) && System.IO.Directory.Exists(NewPath))
                System.IO.Directory.Move(NewPath, indexPath);
            else if (System.IO.Directory.Exists(OldPath))
                System.IO.Directory.Move(OldPath, indexPath);
        }
        File.Delete(ReadyMark);
        DeleteFolder(NewPath);
        DeleteFolder(OldPath);
    }

    /// <summary>Whether a writer (a host serving this folder) holds the serving index's lock.</summary>
    public bool InUse()
    {
        if (!System.IO.Directory.Exists(indexPath))
            return false;
        using var directory = FSDirectory.Open(indexPath);
        return IndexWriter.IsLocked(directory);
    }

    /// <summary>Records that the new index is complete, so that an interrupted switch goes forward.</summary>
    public void MarkReady() => File.WriteAllText(ReadyMark, DateTimeOffset.UtcNow.ToString("O"));

    /// <summary>Discards the new index (the import failed before the switch).</summary>
    public void Abandon()
    {
        File.Delete(ReadyMark);
        DeleteFolder(NewPath);
    }

    /// <summary>Makes the new index the serving one.</summary>
    public void Activate()
    {
        if (!File.Exists(ReadyMark))
            throw new InvalidOperationException("The new index is not marked ready.");
        DeleteFolder(OldPath);
        if (System.IO.Directory.Exists(indexPath))
            System.IO.Directory.Move(indexPath, OldPath);
        System.IO.Directory.Move(NewPath, indexPath);
        File.Delete(ReadyMark);
        DeleteFolder(OldPath);
    }

    private static void DeleteFolder(string path)
    {
        if (System.IO.Directory.Exists(path))
            System.IO.Directory.Delete(path, recursive: true);
    }
}
