using CityCrm.Knowledge.Synonyms;

namespace CityCrm.Knowledge.Search;

/// <summary>A synonym a query term may be matched as, and the share of the term's own boost its clause gets.</summary>
/// <param name="Scale">
/// At most 1: Lucene scores a rarer word (or a phrase, whose rarity is the sum of its words') higher, so a
/// synonym rarer than the resident's word is scaled down to score no more than that word would.
/// </param>
internal sealed record QuerySynonym(SynonymPhrase Phrase, double Scale);
