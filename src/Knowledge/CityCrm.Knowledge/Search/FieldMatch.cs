namespace CityCrm.Knowledge.Search;

/// <summary>One reason an article matched: a question term found in one of its fields.</summary>
/// <param name="QuestionTerm">The question's term as analyzed (lowercased, stemmed).</param>
/// <param name="Field">The article field: title, tags, questions, summary or body.</param>
/// <param name="ArticleTerm">The term found in the field (a phrase's terms joined by spaces).</param>
/// <param name="Kind">Whether it is the resident's own word, a misspelling of it, or a synonym.</param>
public sealed record FieldMatch(string QuestionTerm, string Field, string ArticleTerm, MatchKind Kind);
