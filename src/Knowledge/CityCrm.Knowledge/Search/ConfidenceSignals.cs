namespace CityCrm.Knowledge.Search;

/// <summary>What the confidence in a top hit is made of.</summary>
/// <param name="Coverage">Weighted share of the question's content terms the top article holds (0..1).</param>
/// <param name="Margin">The top score's lead over the second, as a fraction of the top score (1 with a single hit).</param>
/// <param name="TopScore">The top hit's raw Lucene score.</param>
internal sealed record ConfidenceSignals(double Coverage, double Margin, float TopScore);
