using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;

namespace CityCrm.City311.Tests.Insights;

/// <summary>
/// The whole tuning loop on the real host: a question the bot could not answer shows up for editors, an
/// editor adds it as a phrasing of an article in one action, the cluster leaves the view, and the next
/// resident who asks it gets that article.
/// </summary>
public sealed class TuningLoopTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private const string Question = "can I keep chickens in my yard";

    [Fact]
    public async Task AddPhrasing_FromAnUnansweredCluster_NextResidentGetsTheArticle()
    {
        var before = await (await ResidentChat.OpenAsync(factory)).SayAsync(Question);
        Assert.Contains("not sure", before["text"]!.GetValue<string>());
        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);
        var view = await editor.GetFromJsonAsync<UnansweredQuestionsResponse>("/api/knowledge/insights/unanswered?days=30");
        var cluster = Assert.Single(view!.Clusters, c => c.Samples.Contains(Question));

        var added = await editor.PostAsJsonAsync("/api/knowledge/editor/articles/wildlife/phrasings", new { question = Question });
        var handled = await editor.PostAsJsonAsync(
            "/api/knowledge/insights/clusters/handled", new { questionIds = cluster.QuestionIds, articleId = "wildlife" });

        added.EnsureSuccessStatusCode();
        handled.EnsureSuccessStatusCode();
        var after = await editor.GetFromJsonAsync<UnansweredQuestionsResponse>("/api/knowledge/insights/unanswered?days=30");
        Assert.DoesNotContain(after!.Clusters, c => c.Samples.Contains(Question));
        var search = await Editor.EditorClient.PollAsync(
            () => factory.CreateClient().GetFromJsonAsync<KnowledgeSearchResponse>($"/api/knowledge/search?q={Uri.EscapeDataString(Question)}"),
            r => r!.Hits.FirstOrDefault()?.Id == "wildlife");
        Assert.Equal("wildlife", search!.Hits[0].Id);
        Assert.Equal("Answer", search.Decision);
        var answer = await (await ResidentChat.OpenAsync(factory)).SayAsync(Question);
        Assert.Contains("/kb/wildlife", answer.ToJsonString());
    }
}
