using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Import;

namespace CityCrm.Knowledge.Tests;

public sealed class ArticleWritersTests
{
    private static readonly Article Tricky = new(
        "leaf-collection-es",
        "\"Hojas\": recogida, 2026",
        "'Quoted' start and end \"",
        "## Cuándo\n\nPon las hojas en bolsas.\n\n---\n\nMás texto.",
        ["¿Cuándo recogen las hojas, y dónde?", "# not a comment", "[not a list]"],
        ["hojas", "otoño, jardín"],
        "Obras: Públicas",
        "es")
    {
        Owner = "Erin Editor",
        Audience = "residents",
        Related = ["yard-waste"],
        ValidFrom = new DateOnly(2026, 10, 15),
        ValidUntil = new DateOnly(2026, 12, 15),
        SmsAnswer = "Recogemos hojas hasta el 15/12.",
        VoiceAnswer = "Recogemos las hojas hasta el quince de diciembre.",
        TranslationOf = "leaf-collection",
    };

    [Fact]
    public void MarkdownWriter_TrickyValues_ParseBackToTheSameArticle()
    {
        var text = MarkdownArticleWriter.Write(Tricky);
        var parsed = MarkdownArticleParser.Parse(text, "leaf-collection-es.md");

        AssertSame(Tricky, parsed);
    }

    [Fact]
    public void MarkdownWriter_LineBreakInTitle_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => MarkdownArticleWriter.Write(Tricky with { Title = "Two\nlines" }));

        Assert.Contains("'title' must be one line", error.Message);
    }

    [Fact]
    public async Task JsonlWriter_EveryField_ReadsBackToTheSameArticle()
    {
        var line = ArticleJsonlWriter.Line(Tricky);
        var batch = await ArticleJsonlReader.ReadAsync(new StringReader(line), CancellationToken.None);

        Assert.Empty(batch.Errors);
        AssertSame(Tricky, Assert.Single(batch.Articles));
        Assert.DoesNotContain('\n', line);
    }

    [Theory]
    [InlineData("""{"id":"a","title":"T","body":"B","valid_from":"15/10/2026"}""", "'valid_from' must be a date")]
    [InlineData("""{"id":"a","title":"T","body":"B","valid_from":"2026-12-01","valid_until":"2026-11-01"}""", "'valid_until' is before 'valid_from'")]
    [InlineData("""{"id":"a","title":"T","body":"B","related":"x"}""", "'related' must be an array of strings")]
    public async Task JsonlReader_BadEditorialField_ReportsIt(string line, string problem)
    {
        var batch = await ArticleJsonlReader.ReadAsync(new StringReader(line), CancellationToken.None);

        Assert.Empty(batch.Articles);
        Assert.Contains(problem, Assert.Single(batch.Errors).Message);
    }

    [Fact]
    public async Task JsonlReader_SmsOver320_ReportsTheLength()
    {
        var line = $$"""{"id":"a","title":"T","body":"B","sms":"{{new string('x', 321)}}"}""";

        var batch = await ArticleJsonlReader.ReadAsync(new StringReader(line), CancellationToken.None);

        Assert.Equal("line 1: field 'sms' is 321 characters; an SMS answer may have at most 320", Assert.Single(batch.Errors).ToString());
    }

    private static void AssertSame(Article expected, Article actual)
    {
        Assert.Equal(expected.Questions, actual.Questions);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Related, actual.Related);
        Assert.Equal(expected, actual with { Questions = expected.Questions, Tags = expected.Tags, Related = expected.Related });
    }
}
