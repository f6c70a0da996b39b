namespace CityCrm.Knowledge.Indexing;

/// <summary>One token of an analyzed text, with its position (stop words leave gaps) and the length of its word.</summary>
internal sealed record AnalyzedToken(string Text, int Position, int WordLength);
