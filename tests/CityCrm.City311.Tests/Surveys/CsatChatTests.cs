using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Tests.Bot;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;
using CityCrm.Conversations.Surveys;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Surveys.SurveyProbe;

namespace CityCrm.City311.Tests.Surveys;

/// <summary>The satisfaction survey on web chat through Direct Line, against the real host and its SQLite file.</summary>
public sealed class CsatChatTests(SurveyAppFactory factory) : IClassFixture<SurveyAppFactory>
{
    [Fact]
    public async Task Thanks_AfterAnAnswer_AsksRatingThenCommentAndTheDashboardCountsIt()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("when is my recycling picked up?");
        Assert.Contains("welcome", Text(await chat.SayAsync("thanks")));

        var question = await chat.NextBotReplyAsync();
        Assert.StartsWith("How satisfied are you with the help you got from Riverton 311?", Text(question));
        Assert.Equal(["1", "2", "3", "4", "5"], Buttons(question));
        var comment = await chat.SayAsync("4");
        Assert.StartsWith("Thank you. Is there anything you would like to tell us?", Text(comment));
        Assert.Equal(["Skip"], Buttons(comment));
        Assert.Equal("Thank you for your feedback!", Text(await chat.SayAsync("Quick and clear, thank you")));

        var run = Assert.Single(await RunsAsync(factory, chat.Conversation.ConversationId));
        Assert.Equal(SurveyRunState.Completed, run.State);
        var answers = await factory.Services.GetRequiredService<ISurveyStore>()
            .ListAnswersAsync(CsatSurvey.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        Assert.Contains(answers, a => a.RunId == run.Id && a.QuestionId == "comment" && a.Text == "Quick and clear, thank you");
        using var supervisor = await SupervisorAsync(factory);
        var today = factory.Services.GetRequiredService<SupervisorReportBuilder>().Calendar.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        var csat = (await supervisor.GetFromJsonAsync<ReportTable>($"/api/supervisor/reports/csat?from={today}&to={today}"))!;
        var row = Assert.Single(csat.Rows);
        Assert.True(((JsonElement)row[1]!).GetInt32() >= 1);
        Assert.Contains(await factory.Services.GetRequiredService<ICsatSource>().ListAsync(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None),
            a => a is { Score: 4, Channel: "webchat" });
    }

    [Theory]
    [InlineData(false, SurveyRunState.Abandoned)]
    [InlineData(true, SurveyRunState.Completed)]
    public async Task Survey_ResidentAsksAQuestionInsteadOfRatingOrComment_GetsTheAnswerAndTheSurveyEnds(bool ratedFirst, SurveyRunState ended)
    {
        var chat = await SurveyedChatAsync();
        if (ratedFirst)
            await chat.SayAsync("2");

        var reply = await chat.SayAsync("when is my recycling picked up?");

        Assert.Contains("/kb/recycling-pickup", Text(reply));
        var run = Assert.Single(await RunsAsync(factory, chat.Conversation.ConversationId));
        Assert.Equal(ended, run.State);
    }

    [Fact]
    public async Task Resolve_ByAnAgentForASpanishSpeaker_AsksInSpanishOnce()
    {
        var conversations = factory.Services.GetRequiredService<CityCrm.Conversations.Inbound.ConversationService>();
        var conversation = await conversations.StartAsync("web", "user-" + Guid.NewGuid().ToString("N"), "Marta", null, CancellationToken.None);
        await BotSaysAsync(factory, conversation.Id, "");
        await factory.Services.GetRequiredService<IConversationStore>().SetContactLanguageAsync(conversation.ContactId, "es", CancellationToken.None);
        await conversations.HandOffAsync(conversation.Id, "asked for a person", CancellationToken.None);
        using var agent = await AgentAsync(factory);
        (await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null)).EnsureSuccessStatusCode();

        (await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/resolve", new { disposition = "answered" })).EnsureSuccessStatusCode();

        var asked = await BotSaysAsync(factory, conversation.Id, "¿Qué tan satisfecho está");
        Assert.Contains("311 de Riverton", asked.Text);
        // The question is stored before the run records that it asked; wait for the run, not just the message.
        var runs = await CityCrm.Testing.Eventually.FindAsync(async () =>
            await RunsAsync(factory, conversation.Id) is { Count: 1 } found && found[0].State != SurveyRunState.Scheduled ? found : null);
        var run = Assert.Single(runs);
        Assert.Equal(("es", SurveyRunState.Asking), (run.Language, run.State));
        // A second resolution of the same conversation is not surveyed again.
        Assert.False(await factory.Services.GetRequiredService<SurveyScheduler>()
            .ScheduleCsatAsync(CsatSurvey.ConversationSubject(conversation.Id), conversation.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Thanks_ResidentOptedOutOfEverything_IsNotSurveyed()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        var conversation = await factory.Services.GetRequiredService<IConversationStore>().GetAsync(chat.Conversation.ConversationId, CancellationToken.None);
        using var agent = await AgentAsync(factory);
        (await agent.PostAsJsonAsync($"/api/agent/contacts/{conversation!.ContactId}/consents",
            new { channel = "*", topic = "*", optedIn = false, source = "phone call", wording = "No more messages from the city." })).EnsureSuccessStatusCode();

        await chat.SayAsync("thanks");

        var run = await StartedRunAsync(factory, conversation.Id);
        Assert.Equal(SurveyRunState.Skipped, run.State);
        Assert.Contains("opted out", run.Outcome);
        var transcript = await factory.Services.GetRequiredService<IConversationStore>().GetMessagesAsync(conversation.Id, 0, 100, CancellationToken.None);
        Assert.DoesNotContain(transcript, m => m.Text?.Contains("How satisfied", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task CaseClosed_ReportedInChat_ReporterIsSurveyedInThatConversation()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("there is a pothole");
        await chat.SendAsync(JsonSerializer.Serialize(new
        {
            type = "message", from = new { id = "whoever", role = "user" }, text = "outside the library",
            entities = new[] { new { type = "Place", geo = new { type = "GeoCoordinates", latitude = 42.3391, longitude = -71.0805 } } },
        }));
        var reference = System.Text.RegularExpressions.Regex.Match(Text(await chat.SayAsync("No updates")), @"R-\d{6}").Value;
        using var agent = await AgentAsync(factory);

        (await agent.PostAsJsonAsync($"/api/agent/cases/{reference}/close", new { note = "Filled" })).EnsureSuccessStatusCode();

        await BotSaysAsync(factory, chat.Conversation.ConversationId, "How satisfied");
        var run = Assert.Single(await RunsAsync(factory, chat.Conversation.ConversationId));
        Assert.Equal(CsatSurvey.CaseSubject(reference), run.Subject);
    }

    // A resident who thanked the bot, and has just been asked for their rating.
    private async Task<ResidentChat> SurveyedChatAsync()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("thanks");
        Assert.StartsWith("How satisfied", Text(await chat.NextBotReplyAsync()));
        return chat;
    }
}
