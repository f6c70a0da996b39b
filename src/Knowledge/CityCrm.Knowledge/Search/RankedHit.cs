namespace CityCrm.Knowledge.Search;

/// <summary>A candidate article with its Lucene score, how well it matches the question, and the blend of both.</summary>
internal sealed record RankedHit(int DocId, float LuceneScore, Coverage Coverage, double Quality, double Relevance);
