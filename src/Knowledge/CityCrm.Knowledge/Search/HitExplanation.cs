namespace CityCrm.Knowledge.Search;

/// <summary>Why one hit was found.</summary>
/// <param name="ArticleId">The hit as returned (a translation in the asker's language when one exists).</param>
/// <param name="MatchedArticleId">The article the question matched, which the hit may translate.</param>
/// <param name="Matches">Every question term found in the matched article, field by field.</param>
public sealed record HitExplanation(string ArticleId, string MatchedArticleId, IReadOnlyList<FieldMatch> Matches);
