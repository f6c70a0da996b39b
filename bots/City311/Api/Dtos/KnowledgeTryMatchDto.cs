namespace CityCrm.City311.Api.Dtos;

/// <summary>One reason a hit matched: a question term found in a field of the article.</summary>
/// <param name="Term">The question term as searched (lowercased, stemmed).</param>
/// <param name="Field">title, tags, questions, summary or body.</param>
/// <param name="Matched">The term found in the field.</param>
/// <param name="Kind">Exact, Misspelling, Synonym or WordNet.</param>
public sealed record KnowledgeTryMatchDto(string Term, string Field, string Matched, string Kind);
