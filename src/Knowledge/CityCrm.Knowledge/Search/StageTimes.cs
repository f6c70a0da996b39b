namespace CityCrm.Knowledge.Search;

/// <summary>What <see cref="SearchStages"/> recorded for one question.</summary>
/// <param name="Milliseconds">Time per step, in the order of <see cref="SearchStages.Names"/>.</param>
/// <param name="Runs">Searches made (one per language tried).</param>
/// <param name="Terms">Content terms weighed, over all runs.</param>
/// <param name="Misspelled">Of those, the ones looked up as misspellings.</param>
/// <param name="Matched">Articles the Lucene queries matched, over all runs.</param>
internal sealed record StageTimes(IReadOnlyList<double> Milliseconds, int Runs, int Terms, int Misspelled, int Matched);
