using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Editorial;

public sealed class ArticleValidatorTests
{
    private static readonly Dictionary<string, string> Known = new() { ["recycling-pickup"] = "en", ["reciclaje"] = "es" };

    private static IReadOnlyDictionary<string, string[]> Validate(Article article) => ArticleValidator.Validate(article, Known);

    [Fact]
    public void Validate_CompleteArticle_NoErrors() =>
        Assert.Empty(Validate(TestArticles.Potholes with { Related = ["recycling-pickup"], SmsAnswer = new string('x', Article.MaxSmsLength) }));

    [Theory]
    [InlineData("Potholes")]
    [InlineData("pot holes")]
    [InlineData("pot--holes")]
    [InlineData("-potholes")]
    [InlineData("")]
    public void Validate_IdNotSlug_IdError(string id) =>
        Assert.Equal(["id"], Validate(TestArticles.Potholes with { Id = id }).Keys);

    [Theory]
    [InlineData("editor")]
    [InlineData("insights")]
    [InlineData("try")]
    public void Validate_StaffPageName_IdError(string id) =>
        Assert.Contains("staff page", Assert.Single(Validate(TestArticles.Potholes with { Id = id })["id"]));

    [Fact]
    public void Validate_MissingTitleSummaryBody_ErrorPerField() =>
        Assert.Equal(["body", "summary", "title"], Validate(TestArticles.Potholes with { Title = " ", Summary = "", Body = "" }).Keys.Order());

    [Fact]
    public void Validate_SmsOverLimit_SmsError() =>
        Assert.Equal(["smsAnswer"], Validate(TestArticles.Potholes with { SmsAnswer = new string('x', Article.MaxSmsLength + 1) }).Keys);

    [Fact]
    public void Validate_UntilBeforeFrom_ValidUntilError() =>
        Assert.Equal(["validUntil"], Validate(TestArticles.Potholes with { ValidFrom = new DateOnly(2026, 6, 2), ValidUntil = new DateOnly(2026, 6, 1) }).Keys);

    [Fact]
    public void Validate_UnknownRelated_NamesIt() =>
        Assert.Contains("'nowhere'", Validate(TestArticles.Potholes with { Related = ["recycling-pickup", "nowhere"] })["related"].Single());

    [Fact]
    public void Validate_LanguageNotEnOrEs_LanguageError() =>
        Assert.Equal(["language"], Validate(TestArticles.Potholes with { Language = "fr" }).Keys);

    [Fact]
    public void Validate_TranslationOfUnknown_TranslationOfError() =>
        Assert.Equal(["translationOf"], Validate(TestArticles.Potholes with { Language = "es", TranslationOf = "nowhere" }).Keys);

    [Fact]
    public void Validate_TranslationInSameLanguage_TranslationOfError() =>
        Assert.Contains("same language", Validate(TestArticles.Potholes with { TranslationOf = "recycling-pickup" })["translationOf"].Single());

    [Fact]
    public void Validate_SpanishTranslationOfEnglish_NoErrors() =>
        Assert.Empty(Validate(TestArticles.Potholes with { Id = "baches", Language = "es", TranslationOf = "recycling-pickup", SourceVersion = 2 }));
}
