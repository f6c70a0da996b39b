namespace CityCrm.Knowledge.Editorial;

/// <summary>
/// Told after an editor's action changed what answers residents (published, rolled back, archived), once the store and
/// this node's index hold the change, so the other nodes of a cluster can bring their own indexes up to date.
/// </summary>
public interface IArticleChangeNotice
{
    /// <summary>
    /// <paramref name="version"/> is the version now live, or null when the article no longer answers. The change is
    /// already committed: an implementation must not throw (a lost notice is repaired by reconciling later).
    /// </summary>
    Task ChangedAsync(string id, int? version, CancellationToken cancellationToken);
}
