using System.Collections.Concurrent;
using J2N;
using Lucene.Net.Util.Automaton;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// The automaton that accepts every word within a number of edits of a misspelled one (sharing its first
/// <see cref="TermSimilarity.PrefixLength"/> letters), as Lucene's fuzzy query builds it. Building one for
/// two edits costs more than walking a field's dictionary with it, and a misspelling is looked up in the
/// words of every article and checked in five fields, so each is built once and kept; the same typos and
/// unknown words come back often.
/// </summary>
internal static class NearSpellings
{
    /// <summary>At most this many automata are kept; beyond it the cache starts afresh.</summary>
    public const int Kept = 4096;

    private static readonly ConcurrentDictionary<(string Term, int MaxEdits), CompiledAutomaton> Automata = new();

    /// <summary>Accepts the words within <paramref name="maxEdits"/> (1 or 2) of <paramref name="term"/>.</summary>
    public static CompiledAutomaton For(string term, int maxEdits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEdits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxEdits, LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE);
        if (Automata.TryGetValue((term, maxEdits), out var known))
            return known;
        if (Automata.Count >= Kept)
            Automata.Clear();
        return Automata.GetOrAdd((term, maxEdits), key => Build(key.Term, key.MaxEdits));
    }

    private static CompiledAutomaton Build(string term, int maxEdits)
    {
        var prefix = Math.Min(TermSimilarity.PrefixLength, term.Length);
        var rest = term[prefix..].EnumerateRunes().Select(r => r.Value).ToArray();
        // Spelled words of the supported languages are Latin letters: an automaton over that alphabet
        // is a third of the cost of one over all of Unicode. A word with other letters gets the full one.
        var alphabet = rest.All(c => c <= LatinLetters) ? LatinLetters : Character.MaxCodePoint;
        var edits = new LevenshteinAutomata(rest, alphabet, withTranspositions: true).ToAutomaton(maxEdits);
        var automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(term[..prefix]), edits);
        return new CompiledAutomaton(automaton, finite: true, simplify: false);
    }

    // The end of Latin Extended-B: English and Spanish letters with their accents, and more.
    private const int LatinLetters = 0x24F;
}
