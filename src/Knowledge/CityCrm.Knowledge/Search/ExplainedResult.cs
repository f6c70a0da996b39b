namespace CityCrm.Knowledge.Search;

/// <summary>A search result with what went into it, for editors trying questions out.</summary>
/// <param name="Result">Exactly what the search returns for the same query.</param>
/// <param name="Language">The language the question was taken to be in (given or detected).</param>
/// <param name="SearchedLanguage">The language of the articles the hits were found in (the other one when they answered better).</param>
/// <param name="Day">The day whose valid articles were searched.</param>
/// <param name="Hits">One explanation per hit, in the order of <see cref="KnowledgeResult.Hits"/>.</param>
public sealed record ExplainedResult(KnowledgeResult Result, string Language, string SearchedLanguage, DateOnly Day, IReadOnlyList<HitExplanation> Hits);
