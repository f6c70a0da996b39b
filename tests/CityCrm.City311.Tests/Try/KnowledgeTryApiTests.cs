using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.Try;

public sealed class KnowledgeTryApiTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    private const string EditorUser = "editor";
    private const string EditorPassword = "riverton311ed";

    private async Task<KnowledgeTryResponse> TryAsync(object request)
    {
        using var editor = await factory.SignInAsync(EditorUser, EditorPassword);
        var response = await editor.Client.PostAsJsonAsync("/api/knowledge/try", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<KnowledgeTryResponse>())!;
    }

    [Fact]
    public async Task Try_Editor_AnswersOnEveryChannelAndSaysWhy()
    {
        var tried = await TryAsync(new { question = "what day is my garbage picked up" });

        Assert.Equal("Answer", tried.Decision);
        Assert.Equal("en", tried.Language);
        var answer = tried.Answer!;
        Assert.Equal("trash-pickup", answer.ArticleId);
        Assert.StartsWith("Trash is collected once a week", answer.WebChat);
        Assert.EndsWith("/kb/trash-pickup", answer.Link);
        Assert.StartsWith("Trash is picked up once a week", answer.Sms);
        Assert.True(answer.Sms.Length <= 320);
        Assert.DoesNotContain("http", answer.Voice);
        var top = tried.Hits[0];
        Assert.Equal("trash-pickup", top.Id);
        Assert.Contains(top.Matches, m => m.Term == "pick" && m.Kind == "Exact");
        Assert.Contains(top.Matches, m => m.Term == "garbag" && m.Field == "tags");
    }

    [Fact]
    public async Task Try_SynonymInQuestion_ExplainsTheSynonymMatch()
    {
        var tried = await TryAsync(new { question = "my rubbish was not collected" });

        Assert.Contains(tried.Hits.SelectMany(h => h.Matches), m => m.Term == "rubbish" && m.Kind == "Synonym");
    }

    [Fact]
    public async Task Try_SpanishLanguage_SpanishArticleOnEveryChannel()
    {
        var tried = await TryAsync(new { question = "when is my trash picked up", language = "es" });

        Assert.Equal("es", tried.Language);
        Assert.Equal("trash-pickup-es", tried.Hits[0].Id);
        Assert.Equal("trash-pickup", tried.Hits[0].MatchedId);
        Assert.StartsWith("La basura se recoge", tried.Answer!.Sms);
    }

    [Fact]
    public async Task Try_Day_IsEchoed()
    {
        var tried = await TryAsync(new { question = "pothole", day = "2026-12-24" });

        Assert.Equal(new DateOnly(2026, 12, 24), tried.Day);
    }

    [Fact]
    public async Task Try_EmptyQuestionOrUnknownLanguage_ValidationProblem()
    {
        using var editor = await factory.SignInAsync(EditorUser, EditorPassword);

        var empty = await editor.Client.PostAsJsonAsync("/api/knowledge/try", new { question = " " });
        var french = await editor.Client.PostAsJsonAsync("/api/knowledge/try", new { question = "poubelle", language = "fr" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
    }

    [Fact]
    public async Task Try_Agent_Forbidden()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync("/api/knowledge/try", new { question = "pothole" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Try_Anonymous_Unauthorized()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/knowledge/try", new { question = "pothole" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_TryFolder_ServesTheStaticPageAndScript()
    {
        using var client = factory.CreateClient();

        var page = await client.GetStringAsync("/kb/try");
        var withSlash = await client.GetStringAsync("/kb/try/");
        var script = await client.GetStringAsync("/kb/try/try.js");

        Assert.Contains("/kb/try/try.js", page);
        Assert.Equal(page, withSlash);
        Assert.Contains("/api/knowledge/try", script);
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
    }
}
