using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

public sealed class MarkdownArticleParserTests
{
    private static Article ParseSample(string name) =>
        MarkdownArticleParser.Parse(File.ReadAllText(RepositoryPaths.Sample(name)), name);

    private static ArticleFormatException ParseInvalid(string name) =>
        Assert.Throws<ArticleFormatException>(() => ParseSample(name));

    [Fact]
    public void Parse_ValidArticle_ReadsEveryField()
    {
        var article = ParseSample("valid-article.md");

        Assert.Equal("sample-article", article.Id);
        Assert.Equal("Sample: an article with a colon", article.Title);
        Assert.Equal("A short answer that the bot says.", article.Summary);
        Assert.Equal(["How does a sample work?", "What is in a sample?"], article.Questions);
        Assert.Equal(["sample", "testing", "quoted tag"], article.Tags);
        Assert.Equal("Testing Department", article.Department);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("## Heading", article.Body);
        Assert.EndsWith("[link](/kb/other-article).", article.Body);
    }

    [Fact]
    public void Parse_InlineQuestionsAndBlockTags_ReadsBothListForms()
    {
        var article = ParseSample("block-tags-no-department.md");

        Assert.Equal(["Inline question one?", "Inline question two?"], article.Questions);
        Assert.Equal(["first", "second"], article.Tags);
        Assert.Null(article.Department);
        Assert.Equal("es", article.Language);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndByteOrderMark_ParsesLikeUnixText()
    {
        var text = "\uFEFF---\r\nid: crlf\r\ntitle: Crlf\r\nsummary: Windows file.\r\nquestions:\r\n  - Does it parse?\r\n---\r\nBody line.\r\n";

        var article = MarkdownArticleParser.Parse(text, "crlf.md");

        Assert.Equal("crlf", article.Id);
        Assert.Equal(["Does it parse?"], article.Questions);
        Assert.Equal("Body line.", article.Body);
    }

    [Theory]
    [InlineData("missing-opening-fence.md", 1, "must start with a '---' line")]
    [InlineData("unknown-key.md", 7, "unknown key 'tagz'")]
    [InlineData("empty-body.md", 7, "no body")]
    [InlineData("bad-id.md", 2, "id 'Bad_ID'")]
    [InlineData("duplicate-key.md", 4, "'title' is given twice")]
    [InlineData("stray-list-item.md", 4, "list item")]
    public void Parse_InvalidFile_NamesFileLineAndProblem(string name, int line, string problem)
    {
        var error = ParseInvalid(name);

        Assert.Equal(name, error.Source);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem);
        Assert.StartsWith($"{name}, line {line}: ", error.Message);
    }

    [Theory]
    [InlineData("unclosed-front-matter.md", "not closed")]
    [InlineData("missing-summary.md", "'summary' is required")]
    public void Parse_MissingPart_NamesFileAndProblem(string name, string problem)
    {
        var error = ParseInvalid(name);

        Assert.Equal(name, error.Source);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith(name, error.Message);
    }

    [Fact]
    public void Parse_EditorialFrontMatter_ReadsEveryField()
    {
        var article = ParseSample("editorial-article.md");

        Assert.Equal("es", article.Language);
        Assert.Equal("Obras Públicas", article.Owner);
        Assert.Equal("residents", article.Audience);
        Assert.Equal(["yard-waste", "street-sweeping"], article.Related);
        Assert.Equal(new DateOnly(2026, 10, 15), article.ValidFrom);
        Assert.Equal(new DateOnly(2026, 12, 15), article.ValidUntil);
        Assert.StartsWith("Recogemos hojas", article.SmsAnswer);
        Assert.StartsWith("Recogemos las hojas", article.VoiceAnswer);
        Assert.Equal("leaf-collection", article.TranslationOf);
        Assert.True(article.IsValidOn(new DateOnly(2026, 12, 15)));
        Assert.False(article.IsValidOn(new DateOnly(2026, 12, 16)));
    }

    [Fact]
    public void Parse_SmsVariantOver320Characters_ThrowsWithTheLine()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ParseSample("sms-too-long.md"));

        Assert.Contains("at most 320", error.Message);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Parse_NoQuestions_ReadsAnArticleWithoutPhrasings()
    {
        var article = ParseSample("no-questions.md");

        Assert.Empty(article.Questions);
    }
}
