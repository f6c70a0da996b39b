namespace CityCrm.Knowledge.Search;

/// <summary>What the confidence in a top hit is made of.</summary>
/// <param name="Top">The top article's coverage of the question.</param>
/// <param name="TopQuality">The top article's match quality (see <see cref="ConfidenceModel.Quality"/>).</param>
/// <param name="RunnerUpQuality">The second hit's match quality (0 without one).</param>
/// <param name="Margin">The top relevance's lead over the second, as a fraction of the top (1 with a single hit).</param>
internal sealed record ConfidenceSignals(Coverage Top, double TopQuality, double RunnerUpQuality, double Margin);
