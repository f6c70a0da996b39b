using CityCrm.Knowledge.Synonyms;

namespace CityCrm.Knowledge.Search;

/// <summary>A synonym a query term may be matched as, and the share of the term's own boost its clause gets.</summary>
/// <param name="Scale">
/// At most 1: Lucene scores a rarer word (or a phrase, whose rarity is the sum of its words') higher, so a
/// synonym rarer than the resident's word is scaled down to score no more than that word would.
/// </param>
/// <param name="Weight">How much a match through it counts against the resident's own word (0..1).</param>
/// <param name="Kind">Where the synonym comes from: the city's list or WordNet.</param>
internal sealed record QuerySynonym(SynonymPhrase Phrase, double Scale, double Weight, MatchKind Kind = MatchKind.Synonym);
