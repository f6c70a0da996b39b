using CityCrm.Conversations.Surveys;

namespace CityCrm.Storage.Cosmos.Surveys;

/// <summary>A survey definition; all of them share the partition <c>definitions</c> (a handful, listed together).</summary>
internal sealed record SurveyDefinitionDocument(string Id, string Pk, string Type, long CreatedTicks, SurveyDefinition Survey)
{
    public const string Partition = "definitions";
}

/// <summary>
/// A run with its answers, alone in the partition of its subject (id <c>run</c>): creating it is the subject's
/// once-only guard, and an answer and the run's move are one ETag-guarded replace.
/// </summary>
internal sealed record SurveyRunDocument(
    string Id, string Pk, string Type, string RunId, string SurveyId, string ConversationId, int State, long DueTicks, long? AskedTicks,
    SurveyRun Run, IReadOnlyList<SurveyAnswer> Answers)
{
    public const string Kind = "run";

    public static string PartitionOf(string subject) => "subject:" + CosmosKeys.Escape(subject);

    public static SurveyRunDocument From(SurveyRun run, IReadOnlyList<SurveyAnswer> answers) => new(
        Kind, PartitionOf(run.Subject), Kind, run.Id, run.SurveyId, run.ConversationId, (int)run.State, run.DueAt.UtcTicks, run.AskedAt?.UtcTicks,
        run, answers);
}

/// <summary>
/// Where a run lives, written before the run: by run id (<c>pk</c> = <c>run:{id}</c>) and by conversation (<c>pk</c> =
/// <c>conversation:{id}</c>, one per run). A pointer whose run was never written, or lost its subject to another run,
/// is ignored by readers, who always check the run id.
/// </summary>
internal sealed record SurveyRunPointer(string Id, string Pk, string Type, string RunId, string Subject)
{
    public const string Kind = "pointer";

    public static SurveyRunPointer ById(string runId, string subject) => new("run", "run:" + CosmosKeys.Escape(runId), Kind, runId, subject);

    public static SurveyRunPointer ByConversation(string conversationId, string runId, string subject) =>
        new("run:" + CosmosKeys.Escape(runId), ConversationPartition(conversationId), Kind, runId, subject);

    public static string ConversationPartition(string conversationId) => "conversation:" + CosmosKeys.Escape(conversationId);
}
