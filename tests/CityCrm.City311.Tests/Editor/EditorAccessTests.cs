using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;

namespace CityCrm.City311.Tests.Editor;

public sealed class EditorAccessTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Theory]
    [InlineData("GET", "/api/knowledge/editor/articles")]
    [InlineData("GET", "/api/knowledge/editor/articles/potholes")]
    [InlineData("POST", "/api/knowledge/editor/articles/potholes/publish")]
    [InlineData("POST", "/api/knowledge/editor/preview")]
    public async Task EditorApi_SignedOut_Returns401(string method, string url)
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EditorApi_AgentWithoutEditorRole_Returns403AndChangesNothing()
    {
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

        var list = await agent.GetAsync("/api/knowledge/editor/articles");
        var archive = await agent.ActAsync("potholes", "archive");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
        using var resident = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/api/knowledge/articles/potholes")).StatusCode);
    }

    [Fact]
    public async Task List_SeededArticles_ArePublishedVersionOneByImport()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var articles = await editor.GetFromJsonAsync<List<EditorArticleSummaryDto>>("/api/knowledge/editor/articles?status=published&q=pothole");
        var versions = await editor.GetFromJsonAsync<List<ArticleVersionDto>>("/api/knowledge/editor/articles/potholes/versions");

        var potholes = Assert.Single(articles!, a => a.Id == "potholes");
        Assert.Equal(("published", 1, (int?)1), (potholes.Status, potholes.HeadVersion, potholes.PublishedVersion));
        var first = Assert.Single(versions!);
        Assert.Equal(("import", true), (first.Author, first.Published));
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.GetAsync("/api/knowledge/editor/articles?status=lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownArticle_Returns404Problem()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.GetAsync("/api/knowledge/editor/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Preview_MarkdownWithRawHtml_RendersMarkdownAndEscapesHtml()
    {
        using var editor = await StaffClient.SignInAsync(factory);

        var response = await editor.PostAsJsonAsync("/api/knowledge/editor/preview", new { body = "## Hours\n\n<script>alert(1)</script> **open**" });
        var preview = await response.Content.ReadFromJsonAsync<ArticlePreviewDto>();

        Assert.Contains("<h2", preview!.Html);
        Assert.Contains("<strong>open</strong>", preview.Html);
        Assert.DoesNotContain("<script>", preview.Html);
        Assert.Contains("&lt;script&gt;", preview.Html);
    }
}
