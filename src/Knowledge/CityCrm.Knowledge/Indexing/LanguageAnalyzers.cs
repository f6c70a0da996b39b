using CityCrm.Knowledge.Languages;
using Lucene.Net.Analysis;

namespace CityCrm.Knowledge.Indexing;

/// <summary>One analyzer per supported language, shared by indexing and questions so both see the same terms.</summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    private readonly Analyzer english = KnowledgeAnalyzer.Create();
    private readonly Analyzer spanish = new SpanishKnowledgeAnalyzer();

    /// <summary>The English analyzer, also used for any language without one of its own.</summary>
    public Analyzer English => english;

    /// <summary>The analyzer of <paramref name="language"/> (a supported code, or anything else for English).</summary>
    public Analyzer For(string? language) =>
        KnowledgeLanguages.OfArticle(language) == KnowledgeLanguages.Spanish ? spanish : english;

    public void Dispose()
    {
        english.Dispose();
        spanish.Dispose();
    }
}
