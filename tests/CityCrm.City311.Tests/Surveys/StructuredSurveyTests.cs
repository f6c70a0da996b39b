using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Surveys.SurveyProbe;

namespace CityCrm.City311.Tests.Surveys;

/// <summary>A supervisor's survey with several questions, sent to a resident and answered one question at a time on web chat.</summary>
public sealed class StructuredSurveyTests(SurveyAppFactory factory) : IClassFixture<SurveyAppFactory>
{
    private static readonly object Library = new
    {
        title = "Library hours",
        questions = new object[]
        {
            new { id = "hours", kind = "rating", text = "How well do our opening hours suit you?" },
            new { id = "visit", kind = "choice", text = "How do you use the library most?", choices = new[] { "In person", "Online", "Not at all" } },
            new { id = "wish", kind = "text", text = "What one change would you like?" },
        },
    };

    [Fact]
    public async Task Send_ToAListedContact_AskedInTurnAndSummarizedPerQuestion()
    {
        using var supervisor = await SupervisorAsync(factory);
        var created = await supervisor.PostAsJsonAsync("/api/supervisor/surveys", Library);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var survey = (await created.Content.ReadFromJsonAsync<SurveyDto>())!;
        var chat = await ResidentChat.OpenAsync(factory);
        var contactId = (await factory.Services.GetRequiredService<IConversationStore>().GetAsync(chat.Conversation.ConversationId, CancellationToken.None))!.ContactId;

        var sent = await supervisor.PostAsJsonAsync($"/api/supervisor/surveys/{survey.Id}/send", new { contactIds = new[] { contactId, "no-such-contact" } });

        Assert.Equal(new SendSurveyResponse(2, 1, 0, 1), await sent.Content.ReadFromJsonAsync<SendSurveyResponse>());
        Assert.StartsWith("How well do our opening hours suit you?", Text(await chat.NextBotReplyAsync()));
        var choice = await chat.SayAsync("5");
        Assert.Equal(["In person", "Online", "Not at all"], Buttons(choice));
        Assert.Equal("What one change would you like?", Text(await chat.SayAsync("online")));
        Assert.Equal("Thank you for your feedback!", Text(await chat.SayAsync("Open on Sunday =1+1")));

        var results = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/supervisor/surveys/{survey.Id}/results"))!;
        var questions = results["questions"]!.AsArray();
        Assert.Equal((5.0, 1), (questions[0]!["average"]!.GetValue<double>(), questions[0]!["counts"]!["5"]!.GetValue<int>()));
        Assert.Equal(1, questions[1]!["counts"]!["Online"]!.GetValue<int>());
        Assert.Equal("Open on Sunday =1+1", questions[2]!["texts"]![0]!.GetValue<string>());
        Assert.Equal(1, results["runs"]!["completed"]!.GetValue<int>());
        var csv = await supervisor.GetStringAsync($"/api/supervisor/surveys/{survey.Id}/results.csv");
        Assert.StartsWith("question,kind,text,answer,count\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("visit,choice,How do you use the library most?,Online,1\r\n", csv, StringComparison.Ordinal);
        var again = await supervisor.PostAsJsonAsync($"/api/supervisor/surveys/{survey.Id}/send", new { contactIds = new[] { contactId } });
        Assert.Equal(new SendSurveyResponse(1, 0, 1, 0), await again.Content.ReadFromJsonAsync<SendSurveyResponse>());
    }

    [Fact]
    public async Task Create_BadQuestions_ProblemNamesEachFieldAndNothingIsStored()
    {
        using var supervisor = await SupervisorAsync(factory);
        var before = (await supervisor.GetFromJsonAsync<List<SurveyDto>>("/api/supervisor/surveys"))!.Count;

        var response = await supervisor.PostAsJsonAsync("/api/supervisor/surveys", new
        {
            title = "",
            questions = new object[] { new { kind = "stars", text = "Rate us" }, new { kind = "choice", text = "Pick", choices = new[] { "Only one" } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["questions[0].kind", "questions[1].choices", "title"], errors.Select(e => e.Key).Order());
        Assert.Equal(before, (await supervisor.GetFromJsonAsync<List<SurveyDto>>("/api/supervisor/surveys"))!.Count);
    }

    [Fact]
    public async Task Send_UnknownSurvey_IsNotFoundProblem()
    {
        using var supervisor = await SupervisorAsync(factory);

        var response = await supervisor.PostAsJsonAsync("/api/supervisor/surveys/nope/send", new { tag = "seniors" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Surveys_AnAgent_IsForbidden()
    {
        using var agent = await AgentAsync(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/supervisor/surveys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/supervisor/surveys", Library)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/supervisor/surveys/csat/results")).StatusCode);
    }
}
