using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Indexing;

/// <summary>
/// The English analyzer (possessives, lowercase, stop words, Porter stemming) used for both indexing and
/// questions. Its stop list adds the words residents wrap around a question ("how do I", "can you"),
/// so that only the content terms of a question are matched and counted.
/// </summary>
internal static class KnowledgeAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] ConversationalWords =
    [
        "what", "what's", "whats", "when", "where", "where's", "which", "who", "whom", "why", "how",
        "do", "does", "did", "doing", "done", "am", "been", "being", "have", "has", "had", "having",
        "i", "i'm", "im", "i've", "ive", "i'd", "me", "my", "mine", "myself", "we", "our", "us",
        "you", "your", "yours", "he", "she", "his", "her", "him", "its", "it's", "them",
        "can", "could", "would", "should", "may", "might", "must", "shall",
        "get", "got", "getting", "want", "need", "please", "pls", "hi", "hello", "hey", "thanks", "thank",
        "u", "ur", "ya", "yall", "guys", "folks", "ok", "okay",
        "know", "like", "just", "about", "from", "up", "out", "so", "some", "any", "all", "here",
        "much", "many", "also", "very", "really", "still", "again", "anyone", "someone", "something",
        "don't", "dont", "can't", "cant", "won't", "wont", "didn't", "didnt", "doesn't", "doesnt",
        "isn't", "isnt", "aren't", "wasn't", "haven't", "there's", "theres",
    ];

    /// <summary>Lucene's English stop words plus the conversational words above.</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    public static Analyzer Create() => new EnglishAnalyzer(Version, StopWords);

    /// <summary>The distinct analyzed terms of <paramref name="text"/>, in order of first appearance.</summary>
    public static IReadOnlyList<AnalyzedTerm> Terms(Analyzer analyzer, string text, int limit) =>
        [.. Tokens(analyzer, text, limit).DistinctBy(t => t.Text).Select(t => new AnalyzedTerm(t.Text, t.WordLength))];

    /// <summary>The tokens of <paramref name="text"/> in order, up to the one that would bring a distinct term past <paramref name="limit"/>.</summary>
    public static IReadOnlyList<AnalyzedToken> Tokens(Analyzer analyzer, string text, int limit)
    {
        var tokens = new List<AnalyzedToken>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        // Typographic apostrophes would otherwise keep "don’t" out of the stop list.
        using var stream = analyzer.GetTokenStream(ArticleFields.Body, new StringReader(text.Replace('\u2019', '\'')));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!distinct.Contains(value) && distinct.Count >= limit)
                break;
            distinct.Add(value);
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(value, position, offset.EndOffset - offset.StartOffset));
        }
        stream.End();
        return tokens;
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Count + ConversationalWords.Length, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
            set.Add(word);
        foreach (var word in ConversationalWords)
            set.Add(word);
        return set.AsReadOnly();
    }
}
