using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Api;
using CityCrm.City311.Api.Dtos;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

public sealed class KnowledgeApiTests(City311Factory factory) : IClassFixture<City311Factory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Search_RecyclingQuestion_ReturnsAnswerWithArticleUrl()
    {
        var response = await client.GetFromJsonAsync<KnowledgeSearchResponse>("/api/knowledge/search?q=when%20is%20my%20recycling%20picked%20up%3F&top=3");

        Assert.NotNull(response);
        Assert.Equal("Answer", response.Decision);
        Assert.InRange(response.Hits.Count, 1, 3);
        Assert.Equal("recycling-pickup", response.Hits[0].Id);
        Assert.Equal("/kb/recycling-pickup", response.Hits[0].Url);
    }

    [Theory]
    [InlineData("/api/knowledge/search")]
    [InlineData("/api/knowledge/search?q=")]
    [InlineData("/api/knowledge/search?q=%20%20")]
    public async Task Search_MissingQuestion_Returns400ProblemJson(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_QuestionOverLimit_Returns400ProblemJson()
    {
        var response = await client.GetAsync("/api/knowledge/search?q=" + new string('a', KnowledgeApi.MaxQuestionLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_QuerySyntax_ReturnsOk()
    {
        var response = await client.GetAsync("/api/knowledge/search?q=" + Uri.EscapeDataString("title:(pothole AND *\"~ [x \\"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Article_KnownId_ReturnsJsonArticle()
    {
        var article = await client.GetFromJsonAsync<KnowledgeArticleDto>("/api/knowledge/articles/potholes");

        Assert.NotNull(article);
        Assert.Equal("Report a pothole", article.Title);
        Assert.NotEmpty(article.Questions);
        Assert.Equal("/kb/potholes", article.Url);
    }

    [Fact]
    public async Task Article_UnknownId_Returns404ProblemJson()
    {
        var response = await client.GetAsync("/api/knowledge/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task IndexPage_ListsArticlesGroupedByDepartment()
    {
        var response = await client.GetAsync("/kb");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h2>Public Works</h2>", html);
        Assert.Contains("href=\"/kb/recycling-pickup\"", html);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ArticlePage_KnownId_ShowsTitleSummaryBodyAndBackLink()
    {
        var html = await client.GetStringAsync("/kb/recycling-pickup");

        Assert.Contains("<h1>Recycling pickup day</h1>", html);
        Assert.Contains("class=\"summary\"", html);
        Assert.Contains("<h2>What goes in the blue cart</h2>", html);
        Assert.Contains("href=\"/kb\"", html);
    }

    [Fact]
    public async Task ArticlePage_UnknownIdWithMarkup_Returns404WithEncodedId()
    {
        var response = await client.GetAsync("/kb/" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<img", html);
    }
}
