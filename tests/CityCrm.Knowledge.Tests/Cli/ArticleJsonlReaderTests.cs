using CityCrm.Knowledge.Import;

namespace CityCrm.Knowledge.Tests.Cli;

public sealed class ArticleJsonlReaderTests
{
    private static Task<ImportBatch> ReadAsync(string text) => ArticleJsonlReader.ReadAsync(new StringReader(text), CancellationToken.None);

    [Fact]
    public async Task Read_FullLine_MapsEveryField()
    {
        var batch = await ReadAsync("""
            {"id":"pool-hours","title":" Pool hours ","body":"Open daily.","summary":"Pools open in June.","phrasings":["when does the pool open"],"tags":["pool","swim"],"language":"en","department":"Parks"}
            """);

        var article = Assert.Single(batch.Articles);
        Assert.Empty(batch.Errors);
        Assert.Equal(("pool-hours", "Pool hours", "Pools open in June.", "Open daily.", "Parks", "en"),
            (article.Id, article.Title, article.Summary, article.Body, article.Department, article.Language));
        Assert.Equal(["when does the pool open"], article.Questions);
        Assert.Equal(["pool", "swim"], article.Tags);
    }

    [Fact]
    public async Task Read_NoSummary_FirstParagraphOfTheBody()
    {
        var batch = await ReadAsync("""{"id":"a","title":"A","body":"## Heading\n\nThe **first** paragraph\nwraps here.\n\nThe second one."}""");

        Assert.Equal("The first paragraph wraps here.", Assert.Single(batch.Articles).Summary);
    }

    [Fact]
    public async Task Read_LongFirstParagraph_FirstSentence()
    {
        var sentence = "Short opening sentence.";
        var batch = await ReadAsync($$"""{"id":"a","title":"A","body":"{{sentence}} {{new string('x', 400)}} end."}""");

        Assert.Equal(sentence, Assert.Single(batch.Articles).Summary);
    }

    [Fact]
    public async Task Read_BlankLines_SkippedButCounted()
    {
        var batch = await ReadAsync("{\"id\":\"a\",\"title\":\"A\",\"body\":\"B\"}\n\n[1,2]\n");

        Assert.Single(batch.Articles);
        Assert.Equal(new ImportLineError(3, "expected a JSON object"), Assert.Single(batch.Errors));
    }

    [Theory]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("UPPER")]
    [InlineData("under_score")]
    [InlineData("../escape")]
    public async Task Read_IdNotASlug_Rejected(string id)
    {
        var batch = await ReadAsync($$"""{"id":"{{id}}","title":"A","body":"B"}""");

        Assert.Empty(batch.Articles);
        Assert.Contains("is not a slug", Assert.Single(batch.Errors).Message);
    }
}
