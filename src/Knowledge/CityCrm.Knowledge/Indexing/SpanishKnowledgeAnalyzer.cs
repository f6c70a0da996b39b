using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace CityCrm.Knowledge.Indexing;

/// <summary>
/// The Spanish analyzer for articles and questions: lowercase, accents folded (residents typing on a phone
/// leave them out or put them in the wrong place: "recogida", "recogída"), Spanish stop words plus the
/// words wrapped around a question ("como", "quiero", "por favor"), then light Spanish stemming.
/// </summary>
internal sealed class SpanishKnowledgeAnalyzer : Analyzer
{
    private static readonly string[] ConversationalWords =
    [
        "que", "q", "k", "como", "donde", "cuando", "cual", "cuales", "quien", "quienes", "porque", "pq", "por",
        "hola", "buenas", "buenos", "dias", "gracias", "favor", "porfa", "xfa", "plis", "oiga", "disculpe",
        "quiero", "queria", "quisiera", "necesito", "puedo", "podria", "puede", "pueden", "debo", "tengo",
        "tiene", "tienen", "hay", "hago", "hacer", "saber", "se", "sabe", "alguien", "algo", "usted", "ustedes",
        "mi", "mis", "yo", "me", "nos", "ud", "uds", "tu", "su", "sus", "esta", "estan", "es", "son", "ser",
        "ya", "aun", "todavia", "tambien", "muy", "mucho", "pero", "si", "no", "ok", "oye", "ahi", "aqui",
    ];

    /// <summary>Lucene's Spanish stop words (folded) plus the conversational words above.</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(KnowledgeAnalyzer.Version, reader);
        TokenStream result = new StandardFilter(KnowledgeAnalyzer.Version, source);
        result = new LowerCaseFilter(KnowledgeAnalyzer.Version, result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(KnowledgeAnalyzer.Version, result, StopWords);
        result = new SpanishLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(KnowledgeAnalyzer.Version, SpanishAnalyzer.DefaultStopSet.Count + ConversationalWords.Length, ignoreCase: true);
        foreach (var word in SpanishAnalyzer.DefaultStopSet)
            set.Add(Fold(word.ToString() ?? ""));
        foreach (var word in ConversationalWords)
            set.Add(word);
        return set.AsReadOnly();
    }

    // The stop list is written with accents; the tokens reaching it are already folded.
    private static string Fold(string word)
    {
        var output = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, output, 0, word.Length);
        return new string(output, 0, length);
    }
}
