namespace CityCrm.Knowledge.Editorial;

/// <summary>A line-based diff from the longest common subsequence of two texts' lines.</summary>
public static class LineDiff
{
    /// <summary>
    /// The lines of <paramref name="after"/> aligned with those of <paramref name="before"/>: kept lines are
    /// unchanged, the others removed (only in before) or added (only in after), removals first at each change.
    /// </summary>
    public static IReadOnlyList<DiffLine> Compare(string before, string after) =>
        Compare(SplitLines(before), SplitLines(after));

    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        // common[i, j]: length of the longest common subsequence of before[i..] and after[j..].
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(before[i], after[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>(Math.Max(before.Count, after.Count));
        int b = 0, a = 0;
        while (b < before.Count && a < after.Count)
        {
            if (string.Equals(before[b], after[a], StringComparison.Ordinal))
            {
                lines.Add(new DiffLine(DiffLineKind.Unchanged, before[b++]));
                a++;
            }
            else if (common[b + 1, a] >= common[b, a + 1])
                lines.Add(new DiffLine(DiffLineKind.Removed, before[b++]));
            else
                lines.Add(new DiffLine(DiffLineKind.Added, after[a++]));
        }
        while (b < before.Count)
            lines.Add(new DiffLine(DiffLineKind.Removed, before[b++]));
        while (a < after.Count)
            lines.Add(new DiffLine(DiffLineKind.Added, after[a++]));
        return lines;
    }

    /// <summary>The text's lines; an empty text has none, and Windows line ends count as one.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
