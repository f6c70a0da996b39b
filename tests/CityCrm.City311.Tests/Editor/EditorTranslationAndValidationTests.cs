using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using Microsoft.AspNetCore.Mvc;
using static CityCrm.City311.Tests.Editor.EditorClient;

namespace CityCrm.City311.Tests.Editor;

public sealed class EditorTranslationAndValidationTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private async Task<EditorArticleSummaryDto> ListedAsync(HttpClient editor, string id) =>
        (await editor.GetFromJsonAsync<List<EditorArticleSummaryDto>>($"{Base}/articles?language=es&q={id}"))!.Single(a => a.Id == id);

    [Fact]
    public async Task List_SourceRepublished_TranslationFlaggedUntilConfirmed()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var source = NewId("fest");
        var translation = NewId("fiesta");
        await editor.PublishNewAsync(NewArticle(source, "Fest"));
        await editor.PublishNewAsync(NewArticle(translation, "Fiesta", "es", source, 1));
        var before = await ListedAsync(editor, translation);

        await (await editor.SaveAsync(source, 1, NewArticle(source, "Fest") with { Summary = "Parking moved to the north lot." })).ReadAsync();
        await (await editor.ActAsync(source, "submit")).ReadAsync();
        await (await editor.ActAsync(source, "publish")).ReadAsync();
        var after = await ListedAsync(editor, translation);
        var confirmed = await (await editor.ActAsync(translation, "confirm-translation")).ReadAsync();

        Assert.False(before.TranslationOutOfDate);
        Assert.True(after.TranslationOutOfDate);
        Assert.False(confirmed.TranslationOutOfDate);
        Assert.Equal(2, confirmed.Article.SourceVersion);
        Assert.False((await ListedAsync(editor, translation)).TranslationOutOfDate);
    }

    [Fact]
    public async Task Save_TranslationWithCurrentSourceVersion_ClearsFlag()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var source = NewId("fair");
        var translation = NewId("feria");
        await editor.PublishNewAsync(NewArticle(source, "Fair"));
        await editor.PublishNewAsync(NewArticle(translation, "Feria", "es", source, 1));
        await (await editor.SaveAsync(source, 1, NewArticle(source, "Fair") with { Title = "Fair parking" })).ReadAsync();
        await (await editor.ActAsync(source, "submit")).ReadAsync();
        await (await editor.ActAsync(source, "publish")).ReadAsync();

        var saved = await (await editor.SaveAsync(translation, 1, NewArticle(translation, "Feria", "es", source, 2))).ReadAsync();

        Assert.False(saved.TranslationOutOfDate);
    }

    [Fact]
    public async Task Create_InvalidFields_Returns400WithAnErrorPerField()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var article = NewArticle("Not A Slug", "Bad") with
        {
            Title = " ",
            SmsAnswer = new string('x', 321),
            ValidFrom = new DateOnly(2026, 6, 2),
            ValidUntil = new DateOnly(2026, 6, 1),
            Related = ["no-such-article"],
            Language = "fr",
        };

        var response = await editor.CreateAsync(article);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["id", "language", "related", "smsAnswer", "title", "validUntil"], problem!.Errors.Keys.Order());
    }

    [Fact]
    public async Task Create_TranslationOfSameLanguageArticle_Returns400()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.CreateAsync(NewArticle(NewId("same"), "Same", "en", "potholes", 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["translationOf"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Create_ExistingId_Returns400()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.CreateAsync(NewArticle("potholes", "Again"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Report a pothole", (await editor.GetArticleAsync("potholes")).Article.Title);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Phrasing_BlankQuestion_Returns400AndNoNewVersion(string? question)
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.ActAsync("potholes", "phrasings", new EditorAmendRequest(question, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["question"], problem!.Errors.Keys);
        Assert.Equal(1, (await editor.GetArticleAsync("potholes")).HeadVersion);
    }
}
