using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using static CityCrm.City311.Tests.Editor.EditorClient;

namespace CityCrm.City311.Tests.Editor;

public sealed class ResidentArticlePageTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task ArticlePage_WithRelatedAndTranslation_LinksBoth()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var source = NewId("parade");
        var translation = NewId("desfile");
        await editor.PublishNewAsync(NewArticle(source, "Parade") with { Related = ["potholes"] });
        await editor.PublishNewAsync(NewArticle(translation, "Desfile", "es", source, 1));
        using var resident = factory.CreateClient();

        var english = await resident.GetStringAsync($"/kb/{source}");
        var spanish = await resident.GetStringAsync($"/kb/{translation}");

        Assert.Contains("<a href=\"/kb/potholes\">Report a pothole</a>", english);
        Assert.Contains($"href=\"/kb/{translation}\"", english);
        Assert.Contains("Lea este artículo en español", System.Net.WebUtility.HtmlDecode(english));
        Assert.Contains($"href=\"/kb/{source}\"", spanish);
        Assert.Contains("Read this article in English", spanish);
    }

    [Fact]
    public async Task ArticleJson_SeededArticle_CarriesRelatedIds()
    {
        using var resident = factory.CreateClient();

        var article = await resident.GetFromJsonAsync<KnowledgeArticleDto>("/api/knowledge/articles/potholes");

        Assert.Equal(["sidewalk-repair", "report-a-problem"], article!.Related);
    }

    [Fact]
    public async Task IndexPage_Always_LinksToEditorSignIn()
    {
        using var resident = factory.CreateClient();

        var page = await resident.GetStringAsync("/kb");

        Assert.Contains("<a href=\"/kb/editor/\">Editors: sign in</a>", page);
    }

    [Theory]
    [InlineData("/kb/editor/")]
    [InlineData("/kb/editor")]
    public async Task EditorPage_SignedOut_ServesTheEditorApp(string url)
    {
        using var resident = factory.CreateClient();

        var page = await resident.GetStringAsync(url);

        Assert.Contains("<script type=\"module\" src=\"/kb/editor/editor.js\"></script>", page);
    }
}
