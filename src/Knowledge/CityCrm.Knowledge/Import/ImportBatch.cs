namespace CityCrm.Knowledge.Import;

/// <summary>The articles read from an import file and the lines that were rejected.</summary>
public sealed record ImportBatch(IReadOnlyList<Article> Articles, IReadOnlyList<ImportLineError> Errors);
