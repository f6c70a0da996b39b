using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;

namespace CityCrm.City311.Tests.Insights;

/// <summary>A resident rates an answer in Web Chat over Direct Line; staff read back what the bot told them.</summary>
public sealed class AnswerFeedbackChatTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Feedback_NoAfterAnAnswer_IsRecordedAndTheBotOffersAPersonOrAReport()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        var answer = await chat.SayAsync("when is my recycling picked up?");
        var buttons = answer["suggestedActions"]!["actions"]!.AsArray().Select(a => (a!["type"]!.GetValue<string>(), a["title"]!.GetValue<string>())).ToList();
        Assert.Contains(("imBack", "Yes, that helped"), buttons);
        Assert.Contains(("imBack", "No"), buttons);

        var offer = await chat.SayAsync("No");

        Assert.Contains("rephrase", offer["text"]!.GetValue<string>());
        Assert.Equal(["Talk to a person", "Report a problem"], offer["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);
        var records = await agent.GetFromJsonAsync<List<AnswerRecordDto>>($"/api/knowledge/answers?conversationId={Uri.EscapeDataString(chat.Conversation.ConversationId)}");
        var record = Assert.Single(records!);
        Assert.Equal(("when is my recycling picked up?", "answered", "recycling-pickup"), (record.Question, record.Outcome, record.ArticleId));
        Assert.NotNull(record.ArticleVersion);
        Assert.False(record.Helpful);
        Assert.Equal("recycling-pickup", record.Hits[0].ArticleId);
    }

    [Fact]
    public async Task Handoff_AfterAnAnswer_ShowsOnTheRecordAndTheArticleFigures()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("how do I get rid of an old couch?");

        await chat.SayAsync("Talk to a person");

        using var editor = await StaffClient.SignInAsync(factory, StaffClient.Editor, StaffClient.EditorPassword);
        var record = Assert.Single((await editor.GetFromJsonAsync<List<AnswerRecordDto>>(
            $"/api/knowledge/answers?conversationId={Uri.EscapeDataString(chat.Conversation.ConversationId)}"))!);
        Assert.Equal(("answered", "bulky-item-pickup"), (record.Outcome, record.ArticleId));
        Assert.NotNull(record.HandoffAt);
        var insights = await editor.GetFromJsonAsync<ArticleInsightsResponse>("/api/knowledge/insights/articles");
        var article = Assert.Single(insights!.Articles, a => a.Id == record.ArticleId);
        Assert.Equal((1, 1), (article.Answers, article.HandoffsAfterAnswer));
    }

    [Fact]
    public async Task Answers_NoConversationId_Returns400()
    {
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/knowledge/answers")).StatusCode);
    }
}
