using System.Text.Json.Nodes;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Surveys;

/// <summary>Reads what the survey tests check: runs and transcripts in the host's store, and signed-in staff clients.</summary>
internal static class SurveyProbe
{
    public static Task<HttpClient> SupervisorAsync(SurveyAppFactory factory) => StaffClient.SignInAsync(factory, "supervisor", "riverton311sup");

    public static Task<HttpClient> AgentAsync(SurveyAppFactory factory) => StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

    /// <summary>Waits until a run in the conversation leaves <see cref="SurveyRunState.Scheduled"/>; fails after 20 s.</summary>
    public static async Task<SurveyRun> StartedRunAsync(SurveyAppFactory factory, string conversationId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await RunsAsync(factory, conversationId);
            if (runs.FirstOrDefault(r => r.State != SurveyRunState.Scheduled) is { } started)
                return started;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No survey started for conversation {conversationId}.");
    }

    /// <summary>Every run asked in the conversation (read straight from the file).</summary>
    public static async Task<IReadOnlyList<SurveyRun>> RunsAsync(SurveyAppFactory factory, string conversationId)
    {
        var database = factory.Services.GetRequiredService<CityCrm.Storage.Sqlite.SqliteDatabase>();
        await using var db = await database.OpenAsync(CancellationToken.None);
        var ids = await Dapper.SqlMapper.QueryAsync<string>(db, "SELECT id FROM survey_runs WHERE conversation_id = @conversationId;", new { conversationId });
        var store = factory.Services.GetRequiredService<ISurveyStore>();
        var runs = new List<SurveyRun>();
        foreach (var id in ids)
            runs.Add((await store.GetRunAsync(id, CancellationToken.None))!);
        return runs;
    }

    /// <summary>Waits for a bot message containing <paramref name="text"/> in the conversation's transcript; fails after 20 s.</summary>
    public static async Task<Message> BotSaysAsync(SurveyAppFactory factory, string conversationId, string text)
    {
        var store = factory.Services.GetRequiredService<IConversationStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var said = (await store.GetMessagesAsync(conversationId, 0, 500, CancellationToken.None))
                .FirstOrDefault(m => m.AuthorKind == AuthorKind.Bot && m.Text?.Contains(text, StringComparison.Ordinal) == true);
            if (said is not null)
                return said;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The bot never said \"{text}\" in {conversationId}.");
    }

    public static string Text(JsonNode activity) => activity["text"]!.GetValue<string>();

    public static List<string> Buttons(JsonNode activity) =>
        [.. activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["title"]!.GetValue<string>()) ?? []];
}
