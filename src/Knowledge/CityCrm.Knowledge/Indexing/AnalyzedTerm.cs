namespace CityCrm.Knowledge.Indexing;

/// <summary>A term as indexed (lowercased, stemmed) and the length of the word it came from.</summary>
internal sealed record AnalyzedTerm(string Text, int WordLength);
