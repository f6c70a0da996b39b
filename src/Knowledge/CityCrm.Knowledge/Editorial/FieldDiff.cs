namespace CityCrm.Knowledge.Editorial;

/// <summary>The line diff of one article field between two versions.</summary>
/// <param name="Field">The field's name as the editor API spells it (camelCase).</param>
public sealed record FieldDiff(string Field, IReadOnlyList<DiffLine> Lines)
{
    /// <summary>Whether any line was added or removed.</summary>
    public bool Changed => Lines.Any(l => l.Kind != DiffLineKind.Unchanged);
}
