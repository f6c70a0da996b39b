namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// How well a ranker did on a labelled set: the share of descriptions whose service came first (<see cref="Top1"/>),
/// within the first three (<see cref="Top3"/>), and the mean reciprocal rank within the first ten (<see cref="Mrr"/>).
/// </summary>
public sealed record SuggestionScores(int Count, double Top1, double Top3, double Mrr);
