namespace CityCrm.Knowledge.Search;

/// <summary>How a word of the question met a word of an article.</summary>
public enum MatchKind
{
    /// <summary>The resident's own word (after stemming).</summary>
    Exact = 0,
    /// <summary>A word a letter or two away: the question's word is in no article, so it was taken as a typo.</summary>
    Misspelling = 1,
    /// <summary>An entry of the city's synonym list.</summary>
    Synonym = 2,
    /// <summary>A WordNet synonym.</summary>
    WordNet = 3,
}
