using System.Globalization;
using System.Text.Json;
using CityCrm.Conversations.Surveys;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>Surveys, their runs and answers in the embedded SQLite file (<c>surveys</c>, <c>survey_runs</c>, <c>survey_answers</c>).</summary>
public sealed class SqliteSurveyStore(SqliteDatabase database) : ISurveyStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string RunColumns =
        "id AS Id, survey_id AS SurveyId, subject AS Subject, contact_id AS ContactId, conversation_id AS ConversationId, channel AS Channel, " +
        "language AS Language, state AS State, question_index AS QuestionIndex, due_at AS DueAt, asked_at AS AskedAt, finished_at AS FinishedAt, outcome AS Outcome";

    public async Task CreateSurveyAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO surveys (id, title, questions, created_by, created_at) VALUES (@Id, @Title, @Questions, @CreatedBy, @CreatedAt);",
            new { survey.Id, survey.Title, Questions = JsonSerializer.Serialize(survey.Questions, Json), survey.CreatedBy, CreatedAt = Iso(survey.CreatedAt) },
            cancellationToken: cancellationToken));
    }

    public async Task<SurveyDefinition?> GetSurveyAsync(string surveyId, CancellationToken cancellationToken) =>
        (await QuerySurveysAsync("WHERE id = @surveyId", new { surveyId }, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<SurveyDefinition>> ListSurveysAsync(CancellationToken cancellationToken) =>
        QuerySurveysAsync("ORDER BY created_at DESC, rowid DESC", null, cancellationToken);

    public async Task<bool> ScheduleAsync(SurveyRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO survey_runs (id, survey_id, subject, contact_id, conversation_id, channel, language, state, question_index, due_at, asked_at, finished_at, outcome)
            VALUES (@Id, @SurveyId, @Subject, @ContactId, @ConversationId, @ChannelId, @Language, @State, @QuestionIndex, @DueAt, @AskedAt, @FinishedAt, @Outcome)
            ON CONFLICT (subject) DO NOTHING;
            """, Parameters(run), cancellationToken: cancellationToken)) == 1;
    }

    public async Task<SurveyRun?> GetRunAsync(string runId, CancellationToken cancellationToken) =>
        (await QueryRunsAsync("WHERE id = @runId", new { runId }, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<SurveyRun>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        QueryRunsAsync("WHERE state = 0 AND due_at <= @now ORDER BY due_at, rowid LIMIT @limit", new { now = Iso(now), limit }, cancellationToken);

    public async Task<SurveyRun?> FindAskingAsync(string conversationId, CancellationToken cancellationToken) =>
        (await QueryRunsAsync("WHERE conversation_id = @conversationId AND state = 1 ORDER BY asked_at DESC LIMIT 1", new { conversationId }, cancellationToken))
        .FirstOrDefault();

    public async Task<bool> UpdateAsync(SurveyRun updated, SurveyRunState expected, int expectedQuestion, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(UpdateSql, Guarded(updated, expected, expectedQuestion), cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> AnswerAsync(SurveyAnswer answer, SurveyRun updated, int expectedQuestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        if (await db.ExecuteAsync(new CommandDefinition(UpdateSql, Guarded(updated, SurveyRunState.Asking, expectedQuestion), tx, cancellationToken: cancellationToken)) != 1)
            return false;
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO survey_answers (run_id, question_id, survey_id, channel, rating, text, answered_at)
            VALUES (@RunId, @QuestionId, @SurveyId, @ChannelId, @Rating, @Text, @AnsweredAt)
            ON CONFLICT (run_id, question_id) DO NOTHING;
            """,
            new { answer.RunId, answer.QuestionId, answer.SurveyId, answer.ChannelId, answer.Rating, answer.Text, AnsweredAt = Iso(answer.AnsweredAt) },
            tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<SurveyAnswer>> ListAnswersAsync(string surveyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<AnswerRow>(new CommandDefinition(
            """
            SELECT run_id AS RunId, survey_id AS SurveyId, question_id AS QuestionId, channel AS Channel, rating AS Rating, text AS Text, answered_at AS AnsweredAt
            FROM survey_answers WHERE survey_id = @surveyId AND answered_at >= @from AND answered_at < @to ORDER BY answered_at, rowid;
            """, new { surveyId, from = Iso(from), to = Iso(to) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SurveyAnswer(r.RunId, r.SurveyId, r.QuestionId, r.Channel, r.Rating is { } n ? (int)n : null, r.Text, Parse(r.AnsweredAt)))];
    }

    public async Task<IReadOnlyDictionary<SurveyRunState, int>> CountRunsAsync(string surveyId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(long State, long Count)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM survey_runs WHERE survey_id = @surveyId GROUP BY state;", new { surveyId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => (SurveyRunState)r.State, r => (int)r.Count);
    }

    public async Task<IReadOnlyList<ClosedCase>> ClosedCasesWithoutSurveyAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // Status 2 is CaseStatus.Closed.
        var rows = await db.QueryAsync<(string Reference, string ContactId, string ConversationId, string UpdatedAt)>(new CommandDefinition(
            """
            SELECT c.reference, c.contact_id, c.conversation_id, c.updated_at FROM cases c
            WHERE c.status = 2 AND c.updated_at > @since AND c.conversation_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM survey_runs r WHERE r.subject = 'case:' || c.reference)
            ORDER BY c.updated_at LIMIT @limit;
            """, new { since = Iso(since), limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ClosedCase(r.Reference, r.ContactId, r.ConversationId, Parse(r.UpdatedAt)))];
    }

    public Task<IReadOnlyList<string>> ContactsTaggedAsync(string tag, CancellationToken cancellationToken) =>
        new SqliteTaggedContacts(database).ListAsync(tag, cancellationToken);

    private const string UpdateSql =
        """
        UPDATE survey_runs SET state = @State, question_index = @QuestionIndex, asked_at = @AskedAt, finished_at = @FinishedAt, outcome = @Outcome
        WHERE id = @Id AND state = @Expected AND question_index = @ExpectedQuestion;
        """;

    private static DynamicParameters Guarded(SurveyRun run, SurveyRunState expected, int expectedQuestion)
    {
        var parameters = new DynamicParameters(Parameters(run));
        parameters.Add("Expected", (int)expected);
        parameters.Add("ExpectedQuestion", expectedQuestion);
        return parameters;
    }

    private static object Parameters(SurveyRun run) => new
    {
        run.Id, run.SurveyId, run.Subject, run.ContactId, run.ConversationId, run.ChannelId, run.Language, State = (int)run.State, run.QuestionIndex,
        DueAt = Iso(run.DueAt), AskedAt = run.AskedAt is { } a ? Iso(a) : null, FinishedAt = run.FinishedAt is { } f ? Iso(f) : null, run.Outcome,
    };

    private async Task<IReadOnlyList<SurveyDefinition>> QuerySurveysAsync(string where, object? parameters, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Id, string Title, string Questions, string CreatedBy, string CreatedAt)>(new CommandDefinition(
            $"SELECT id, title, questions, created_by, created_at FROM surveys {where};", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SurveyDefinition(r.Id, r.Title, JsonSerializer.Deserialize<List<SurveyQuestion>>(r.Questions, Json)!, r.CreatedBy, Parse(r.CreatedAt)))];
    }

    private async Task<IReadOnlyList<SurveyRun>> QueryRunsAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<RunRow>(new CommandDefinition($"SELECT {RunColumns} FROM survey_runs {where};", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SurveyRun(r.Id, r.SurveyId, r.Subject, r.ContactId, r.ConversationId, r.Channel, r.Language, (SurveyRunState)r.State,
            (int)r.QuestionIndex, Parse(r.DueAt), r.AskedAt is null ? null : Parse(r.AskedAt), r.FinishedAt is null ? null : Parse(r.FinishedAt), r.Outcome))];
    }

    private static DateTimeOffset Parse(string at) =>
        DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed record RunRow(
        string Id, string SurveyId, string Subject, string ContactId, string ConversationId, string Channel, string Language, long State,
        long QuestionIndex, string DueAt, string? AskedAt, string? FinishedAt, string? Outcome);

    private sealed record AnswerRow(string RunId, string SurveyId, string QuestionId, string Channel, long? Rating, string? Text, string AnsweredAt);
}
