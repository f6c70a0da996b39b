using CityCrm.Knowledge.Indexing;

namespace CityCrm.Knowledge.Tests.Languages;

public sealed class SpanishAnalyzerTests
{
    private static IReadOnlyList<string> Terms(string text)
    {
        using var analyzers = new LanguageAnalyzers();
        return [.. KnowledgeAnalyzer.Terms(analyzers.For("es"), text, 32).Select(t => t.Text)];
    }

    [Fact]
    public void Terms_AccentsMisplacedOrMissing_AnalyzeAlike()
    {
        Assert.Equal(Terms("recogida de basura"), Terms("recogída de básura"));
        Assert.Equal(Terms("camión"), Terms("camion"));
    }

    [Fact]
    public void Terms_PluralAndSingular_Stem()
    {
        Assert.Equal(Terms("baches"), Terms("bache"));
    }

    [Fact]
    public void Terms_QuestionWrapping_IsDropped()
    {
        Assert.Equal(Terms("bache"), Terms("¿Cómo puedo reportar un bache, por favor?").Where(t => t != Terms("reportar")[0]).ToList());
    }

    [Fact]
    public void For_UnknownLanguage_English()
    {
        using var analyzers = new LanguageAnalyzers();

        Assert.Same(analyzers.English, analyzers.For("fr"));
        Assert.NotSame(analyzers.English, analyzers.For("es"));
    }
}
