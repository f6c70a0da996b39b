namespace CityCrm.Knowledge.Editorial;

/// <summary>An article's workflow state with the content of its head version, as editors list them.</summary>
public sealed record EditorialEntry(EditorialRecord Record, Article Head);
