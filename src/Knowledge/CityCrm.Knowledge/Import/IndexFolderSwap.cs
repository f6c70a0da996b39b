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
        if (!Directory.Exists(indexPath))
        {
            if (File.Exists(ReadyMark) && Directory.Exists(NewPath))
                Directory.Move(NewPath, indexPath);
            else if (Directory.Exists(OldPath))
                Directory.Move(OldPath, indexPath);
        }
        File.Delete(ReadyMark);
        DeleteFolder(NewPath);
        DeleteFolder(OldPath);
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
        if (Directory.Exists(indexPath))
            Directory.Move(indexPath, OldPath);
        Directory.Move(NewPath, indexPath);
        File.Delete(ReadyMark);
        DeleteFolder(OldPath);
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
    }
}
