using CityCrm.Conversations.Surveys;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Surveys;

/// <summary>
/// Surveys in container <c>surveys</c>. A run and its answers are one document in its subject's partition, so
/// scheduling a subject twice is a create conflict and answering is one ETag-guarded replace. Finding the run asking
/// in a conversation (every inbound message) reads the conversation's pointers in one partition, then the runs by
/// point read. The due scan and the survey results read across partitions: background polling and staff reports.
/// </summary>
public sealed class CosmosSurveyStore(CosmosStorage storage, ITaggedContacts taggedContacts) : ISurveyStore
{
    public static readonly CosmosContainerSpec Container = new("surveys");

    private readonly CosmosCollection surveys = storage.Collection(Container.Name);
    private readonly SurveyCaseScan caseScan = new(storage);

    public async Task CreateSurveyAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var document = new SurveyDefinitionDocument(CosmosKeys.Escape(survey.Id), SurveyDefinitionDocument.Partition, "survey", survey.CreatedAt.UtcTicks, survey);
        if (!await surveys.CreateAsync(document, document.Pk, cancellationToken))
            throw new InvalidOperationException($"A survey with id {survey.Id} already exists.");
    }

    public async Task<SurveyDefinition?> GetSurveyAsync(string surveyId, CancellationToken cancellationToken) =>
        (await surveys.ReadAsync<SurveyDefinitionDocument>(CosmosKeys.Escape(surveyId), SurveyDefinitionDocument.Partition, cancellationToken))?.Document.Survey;

    public async Task<IReadOnlyList<SurveyDefinition>> ListSurveysAsync(CancellationToken cancellationToken)
    {
        var documents = await surveys.QueryAsync<SurveyDefinitionDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", SurveyDefinitionDocument.Partition),
            SurveyDefinitionDocument.Partition, int.MaxValue, cancellationToken);
        return [.. documents.OrderByDescending(d => d.CreatedTicks).ThenByDescending(d => d.Id, StringComparer.Ordinal).Select(d => d.Survey)];
    }

    public async Task<bool> ScheduleAsync(SurveyRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        // Pointers first: a run is never stored without the ways to find it.
        var byId = SurveyRunPointer.ById(run.Id, run.Subject);
        var byConversation = SurveyRunPointer.ByConversation(run.ConversationId, run.Id, run.Subject);
        await surveys.CreateAsync(byId, byId.Pk, cancellationToken);
        await surveys.CreateAsync(byConversation, byConversation.Pk, cancellationToken);
        var document = SurveyRunDocument.From(run, []);
        if (await surveys.CreateAsync(document, document.Pk, cancellationToken))
            return true;
        // The subject was surveyed already. Unless by this very run (a retried call), the pointers lead nowhere, so
        // drop them (readers would skip them anyway).
        if ((await surveys.ReadAsync<SurveyRunDocument>(document.Id, document.Pk, cancellationToken))?.Document.RunId != run.Id)
        {
            await surveys.DeleteAsync(byConversation.Id, byConversation.Pk, cancellationToken);
            await surveys.DeleteAsync(byId.Id, byId.Pk, cancellationToken);
        }
        return false;
    }

    public async Task<SurveyRun?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        var pointer = SurveyRunPointer.ById(runId, "");
        var found = await surveys.ReadAsync<SurveyRunPointer>(pointer.Id, pointer.Pk, cancellationToken);
        return found is null ? null : (await ReadRunAsync(found.Document.Subject, runId, cancellationToken))?.Document.Run;
    }

    public async Task<IReadOnlyList<SurveyRun>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Across partitions: the scheduler's background poll, never a resident's message.
        var documents = await surveys.QueryAsync<SurveyRunDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @kind AND c.state = 0 AND c.dueTicks <= @now ORDER BY c.dueTicks")
                .WithParameter("@kind", SurveyRunDocument.Kind).WithParameter("@now", now.UtcTicks),
            null, limit, cancellationToken);
        return [.. documents.Select(d => d.Run)];
    }

    public async Task<SurveyRun?> FindAskingAsync(string conversationId, CancellationToken cancellationToken)
    {
        var partition = SurveyRunPointer.ConversationPartition(conversationId);
        var pointers = await surveys.QueryAsync<SurveyRunPointer>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", partition), partition, int.MaxValue, cancellationToken);
        SurveyRun? asking = null;
        foreach (var pointer in pointers)
        {
            var run = (await ReadRunAsync(pointer.Subject, pointer.RunId, cancellationToken))?.Document.Run;
            if (run is { State: SurveyRunState.Asking } && (asking is null || run.AskedAt > asking.AskedAt))
                asking = run;
        }
        return asking;
    }

    public async Task<bool> UpdateAsync(SurveyRun updated, SurveyRunState expected, int expectedQuestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var stored = await ReadRunAsync(updated.Subject, updated.Id, cancellationToken);
        if (stored is null || stored.Document.Run.State != expected || stored.Document.Run.QuestionIndex != expectedQuestion)
            return false;
        return await ReplaceAsync(stored, updated, stored.Document.Answers, cancellationToken);
    }

    public async Task<bool> AnswerAsync(SurveyAnswer answer, SurveyRun updated, int expectedQuestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(updated);
        var stored = await ReadRunAsync(updated.Subject, updated.Id, cancellationToken);
        if (stored is null || stored.Document.Run.State != SurveyRunState.Asking || stored.Document.Run.QuestionIndex != expectedQuestion)
            return false;
        var answers = stored.Document.Answers;
        // A question answered once keeps its first answer, as the embedded store's unique (run, question) does.
        if (!answers.Any(a => a.QuestionId == answer.QuestionId))
            answers = [.. answers, answer];
        return await ReplaceAsync(stored, updated, answers, cancellationToken);
    }

    public async Task<IReadOnlyList<SurveyAnswer>> ListAnswersAsync(string surveyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var answers = await surveys.QueryAsync<SurveyAnswer>(
            new QueryDefinition("SELECT VALUE a FROM c JOIN a IN c.answers WHERE c.type = @kind AND c.surveyId = @survey")
                .WithParameter("@kind", SurveyRunDocument.Kind).WithParameter("@survey", surveyId),
            null, int.MaxValue, cancellationToken);
        return [.. answers.Where(a => a.AnsweredAt >= from && a.AnsweredAt < to).OrderBy(a => a.AnsweredAt)];
    }

    public async Task<IReadOnlyDictionary<SurveyRunState, int>> CountRunsAsync(string surveyId, CancellationToken cancellationToken)
    {
        // Counted here rather than with GROUP BY, which the query gateway cannot merge across partitions for every server.
        var states = await surveys.QueryAsync<int>(
            new QueryDefinition("SELECT VALUE c.state FROM c WHERE c.type = @kind AND c.surveyId = @survey")
                .WithParameter("@kind", SurveyRunDocument.Kind).WithParameter("@survey", surveyId),
            null, int.MaxValue, cancellationToken);
        return states.GroupBy(s => (SurveyRunState)s).ToDictionary(g => g.Key, g => g.Count());
    }

    public async Task<IReadOnlyList<ClosedCase>> ClosedCasesWithoutSurveyAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var result = new List<ClosedCase>();
        foreach (var closed in await caseScan.ClosedSinceAsync(since, cancellationToken))
        {
            if (result.Count >= limit)
                break;
            var subject = CsatSurvey.CaseSubject(closed.Reference);
            if (await surveys.ReadAsync<SurveyRunDocument>(SurveyRunDocument.Kind, SurveyRunDocument.PartitionOf(subject), cancellationToken) is null)
                result.Add(closed);
        }
        return result;
    }

    public Task<IReadOnlyList<string>> ContactsTaggedAsync(string tag, CancellationToken cancellationToken) =>
        taggedContacts.ListAsync(tag, cancellationToken);

    private async Task<CosmosItem<SurveyRunDocument>?> ReadRunAsync(string subject, string runId, CancellationToken cancellationToken)
    {
        var stored = await surveys.ReadAsync<SurveyRunDocument>(SurveyRunDocument.Kind, SurveyRunDocument.PartitionOf(subject), cancellationToken);
        return stored?.Document.RunId == runId ? stored : null;
    }

    private Task<bool> ReplaceAsync(CosmosItem<SurveyRunDocument> stored, SurveyRun updated, IReadOnlyList<SurveyAnswer> answers, CancellationToken cancellationToken)
    {
        // Only state, question and times move; what the run is about stays as scheduled.
        var run = stored.Document.Run with
        {
            State = updated.State, QuestionIndex = updated.QuestionIndex, AskedAt = updated.AskedAt, FinishedAt = updated.FinishedAt, Outcome = updated.Outcome,
        };
        var next = SurveyRunDocument.From(run, answers);
        return surveys.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken);
    }
}
