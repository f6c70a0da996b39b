namespace CityCrm.Knowledge.Editorial;

/// <summary>What happened to a line between two versions.</summary>
public enum DiffLineKind
{
    Unchanged,
    Removed,
    Added,
}
