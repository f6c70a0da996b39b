using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;

namespace CityCrm.City311.Tests.Insights;

/// <summary>The insights endpoints on the real host, fed by questions asked through Direct Line and page views.</summary>
public sealed class KnowledgeInsightsApiTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Theory]
    [InlineData("/api/knowledge/insights/unanswered")]
    [InlineData("/api/knowledge/insights/articles")]
    [InlineData("/api/knowledge/answers?conversationId=x")]
    public async Task Get_Anonymous_Returns401(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/knowledge/insights/unanswered")]
    [InlineData("/api/knowledge/insights/articles")]
    public async Task Get_Agent_Returns403(string url)
    {
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

        var response = await agent.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task MarkHandled_Agent_Returns403()
    {
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

        var response = await agent.PostAsJsonAsync("/api/knowledge/insights/clusters/handled", new { questionIds = new[] { "x" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/knowledge/insights/unanswered?days=0")]
    [InlineData("/api/knowledge/insights/articles?days=366")]
    public async Task Get_DaysOutOfRange_Returns400(string url)
    {
        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);

        var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unanswered_DeclinedQuestionsAskedThroughTheBot_AreClusteredAndLeaveWhenHandled()
    {
        string[] questions = ["how to bake sourdough bread", "sourdough bread baking tips", "bake sourdough bread at home"];
        foreach (var question in questions)
        {
            var chat = await ResidentChat.OpenAsync(factory);
            var reply = await chat.SayAsync(question);
            Assert.Contains("not sure", reply["text"]!.GetValue<string>());
        }
        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);

        var view = await editor.GetFromJsonAsync<UnansweredQuestionsResponse>("/api/knowledge/insights/unanswered?days=30");

        var cluster = Assert.Single(view!.Clusters, c => c.Samples.Any(s => s.Contains("sourdough")));
        Assert.Equal(3, cluster.Count);
        Assert.Equal((3, 0, "rising"), (cluster.LastWeek, cluster.PreviousWeek, cluster.Trend));
        Assert.Equal(questions.Reverse(), cluster.Samples);

        var handled = await editor.PostAsJsonAsync("/api/knowledge/insights/clusters/handled", new { questionIds = cluster.QuestionIds });

        Assert.Equal(3, (await handled.Content.ReadFromJsonAsync<MarkHandledResponse>())!.Handled);
        var after = await editor.GetFromJsonAsync<UnansweredQuestionsResponse>("/api/knowledge/insights/unanswered?days=30");
        Assert.DoesNotContain(after!.Clusters, c => c.Samples.Any(s => s.Contains("sourdough")));
    }

    [Fact]
    public async Task MarkHandled_NoIds_Returns400()
    {
        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);

        var response = await editor.PostAsJsonAsync("/api/knowledge/insights/clusters/handled", new { questionIds = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Articles_AfterPageViews_CountsTheViewsOfThatArticle()
    {
        var resident = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/kb/dog-license")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/kb/no-such-article")).StatusCode);
        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);

        var insights = await editor.GetFromJsonAsync<ArticleInsightsResponse>("/api/knowledge/insights/articles?days=30");

        var dogs = Assert.Single(insights!.Articles, a => a.Id == "dog-license");
        Assert.Equal(3, dogs.Views);
        Assert.Equal("/kb/dog-license", dogs.Url);
        Assert.DoesNotContain(insights.Articles, a => a.Id == "no-such-article");
    }
}
