namespace CityCrm.Knowledge.Search;

/// <summary>What <see cref="SearchStages"/> recorded for one question.</summary>
/// <param name="Milliseconds">Time per step, in the order of <see cref="SearchStages.Names"/>.</param>
/// <param name="Bytes">Bytes allocated per step, in the same order.</param>
/// <param name="Runs">Searches made (one per language tried).</param>
/// <param name="Terms">Content terms weighed, over all runs.</param>
/// <param name="Misspelled">Of those, the ones looked up as misspellings.</param>
/// <param name="Matched">Articles the Lucene queries matched, over all runs.</param>
internal sealed record StageTimes(IReadOnlyList<double> Milliseconds, IReadOnlyList<long> Bytes, int Runs, int Terms, int Misspelled, int Matched);
