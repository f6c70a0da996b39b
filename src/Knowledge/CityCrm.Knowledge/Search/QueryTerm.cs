using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>One content term of a question, how rare it is, and whether it is only matched as a misspelling.</summary>
/// <param name="Weight">Inverse document frequency: rare terms say more about what the resident wants.</param>
/// <param name="MaxEdits">Above 0, the exact term is in no article, so spellings this many edits away are matched instead.</param>
/// <param name="Synonyms">Entries of the city's synonym list the term may also be matched as, for less.</param>
internal sealed record QueryTerm(string Text, double Weight, int MaxEdits, IReadOnlyList<QuerySynonym> Synonyms)
{
    public bool Fuzzy => MaxEdits > 0;

    /// <summary>For a misspelling, the indexed words it is matched as.</summary>
    public IReadOnlyList<Spelling> Spellings { get; init; } = [];

    /// <summary>Fields where the term is so common that matching it there says nothing; the query leaves them out for it.</summary>
    public IReadOnlySet<string> CommonIn { get; init; } = new HashSet<string>();

    /// <summary>
    /// The term looked up in each of <see cref="ArticleFields.Searched"/> (in that order) on the reader it was
    /// weighed against, which the query reuses instead of looking it up again; null to look it up afresh.
    /// </summary>
    public IReadOnlyList<TermContext>? InFields { get; init; }
}
