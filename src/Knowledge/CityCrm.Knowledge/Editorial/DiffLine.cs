namespace CityCrm.Knowledge.Editorial;

/// <summary>One line of a field's diff.</summary>
public sealed record DiffLine(DiffLineKind Kind, string Text);
