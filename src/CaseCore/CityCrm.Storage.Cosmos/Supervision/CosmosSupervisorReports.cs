using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Supervision;

/// <summary>
/// The supervisor dashboard on Cosmos DB. The timeline lives in container <c>timeline</c>, partitioned by conversation
/// (a step is one idempotent create, its id the step and instant). The reports read across partitions of the
/// timeline, conversations and cases containers: a staff dashboard refreshed now and then, not a resident's path.
/// They select the period's small projections and count in memory rather than rely on GROUP BY, which a gateway can
/// only merge across partitions with a full query plan.
/// </summary>
public sealed class CosmosSupervisorReports(CosmosStorage storage) : ISupervisorReports
{
    public static readonly CosmosContainerSpec Container = new("timeline");

    private readonly CosmosCollection timeline = storage.Collection(Container.Name);
    private readonly CosmosCollection conversations = storage.Collection(CosmosConversationStore.ConversationsContainer.Name);
    private readonly Lazy<CosmosCollection> cases = new(() => storage.Collection(CosmosCaseStore.Container.Name));

    public Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = new StepDocument(
            entry.Kind + ":" + entry.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), CosmosKeys.Escape(entry.ConversationId),
            entry.ConversationId, entry.Kind.ToString(), entry.At.UtcTicks, entry.At, entry.AgentId);
        return timeline.CreateAsync(document, document.Pk, cancellationToken);
    }

    public async Task<IReadOnlyList<ConversationFact>> ListConversationFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var window = new ReportWindow(from, to);
        var created = await conversations.QueryAsync<ConversationRow>(
            new QueryDefinition("SELECT c.pk, c.channelId, c.createdAt, c.queuedAt, c.resolvedAt, c.queue FROM c WHERE c.type = @kind AND c.createdAt >= @low AND c.createdAt < @high")
                .WithParameter("@kind", ConversationDocument.Kind).WithParameter("@low", window.Low).WithParameter("@high", window.High),
            null, int.MaxValue, cancellationToken);
        var queued = await timeline.QueryAsync<string>(
            new QueryDefinition("SELECT VALUE c.conversationId FROM c WHERE c.kind = @queued AND c.atTicks >= @from AND c.atTicks < @to")
                .WithParameter("@queued", nameof(TimelineKind.Queued)).WithParameter("@from", from.UtcTicks).WithParameter("@to", to.UtcTicks),
            null, int.MaxValue, cancellationToken);
        var rows = created.Where(c => window.Contains(c.CreatedAt)).ToDictionary(c => c.Pk, StringComparer.Ordinal);
        foreach (var id in queued.Distinct(StringComparer.Ordinal).Where(id => !rows.ContainsKey(id)))
        {
            if (await conversations.ReadAsync<ConversationRow>(ConversationDocument.DocumentId, id, cancellationToken) is { } read)
                rows[id] = read.Document;
        }
        var facts = new List<ConversationFact>();
        foreach (var row in rows.Values.OrderBy(r => r.CreatedAt).ThenBy(r => r.Pk, StringComparer.Ordinal))
            facts.Add(await FactAsync(row, cancellationToken));
        return facts;
    }

    public async Task<IReadOnlyList<ConversationCount>> CountConversationsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Status 1 and 2 are waiting for and held by an agent: counted whatever their age.
        var rows = await conversations.QueryAsync<ConversationRow>(
            new QueryDefinition("SELECT c.pk, c.channelId, c.status, c.createdAt FROM c WHERE c.type = @kind AND (c.status = 1 OR c.status = 2 OR c.updatedTicks >= @since)")
                .WithParameter("@kind", ConversationDocument.Kind).WithParameter("@since", since.UtcTicks),
            null, int.MaxValue, cancellationToken);
        return [.. rows.GroupBy(r => (r.ChannelId, r.Status)).OrderBy(g => g.Key.ChannelId, StringComparer.Ordinal).ThenBy(g => g.Key.Status)
            .Select(g => new ConversationCount(g.Key.ChannelId, (ConversationStatus)g.Key.Status, g.Count()))];
    }

    public async Task<IReadOnlyList<InboundText>> ListInboundTextsAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken)
    {
        var window = new ReportWindow(from, to);
        // Author kind 0 is the contact.
        var messages = await conversations.QueryAsync<MessageRow>(
            new QueryDefinition("SELECT c.pk, c.sequence, c.text, c.createdAt FROM c WHERE c.type = @kind AND c.authorKind = 0 AND IS_STRING(c.text) AND c.text != '' AND c.createdAt >= @low AND c.createdAt < @high")
                .WithParameter("@kind", MessageDocument.Kind).WithParameter("@low", window.Low).WithParameter("@high", window.High),
            null, int.MaxValue, cancellationToken);
        var chosen = messages.Where(m => window.Contains(m.CreatedAt))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Pk, StringComparer.Ordinal).ThenBy(m => m.Sequence).Take(limit).ToList();
        var channels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in chosen.Select(m => m.Pk).Distinct(StringComparer.Ordinal))
            channels[id] = (await conversations.ReadAsync<ConversationRow>(ConversationDocument.DocumentId, id, cancellationToken))?.Document.ChannelId ?? "";
        return [.. chosen.Select(m => new InboundText(m.CreatedAt, channels[m.Pk], m.Text))];
    }

    public async Task<IReadOnlyList<DepartmentCases>> CountCasesAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var window = new ReportWindow(since, since);
        // Status 2 is CaseStatus.Closed; the closing is the case's last change.
        var rows = (await cases.Value.QueryAsync<CaseRow>(
            new QueryDefinition(
                """
                SELECT c.snapshot.department, c.status, c.createdTicks, c.snapshot.updatedAt FROM c
                WHERE c.type = @kind AND (c.createdTicks >= @since OR c.status != 2 OR c.snapshot.updatedAt >= @low)
                """).WithParameter("@kind", CaseDocument.Kind).WithParameter("@since", since.UtcTicks).WithParameter("@low", window.Low),
            null, int.MaxValue, cancellationToken))
            .Select(r => (r.Department, New: r.CreatedTicks >= since.UtcTicks, Open: r.Status != 2, Closed: r.Status == 2 && r.UpdatedAt >= since))
            .Where(r => r.New || r.Open || r.Closed);
        return [.. rows.GroupBy(r => r.Department).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentCases(g.Key, g.Count(r => r.New), g.Count(r => r.Open), g.Count(r => r.Closed)))];
    }

    private async Task<ConversationFact> FactAsync(ConversationRow row, CancellationToken cancellationToken)
    {
        var steps = await timeline.QueryAsync<StepDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", CosmosKeys.Escape(row.Pk)), CosmosKeys.Escape(row.Pk), int.MaxValue, cancellationToken);
        // Author kind 2 is an agent; private notes are not replies.
        var replies = await conversations.QueryAsync<MessageRow>(
            new QueryDefinition("SELECT c.pk, c.sequence, c.createdAt FROM c WHERE c.pk = @pk AND c.type = @kind AND c.authorKind = 2 AND c.isPrivate = false")
                .WithParameter("@pk", row.Pk).WithParameter("@kind", MessageDocument.Kind),
            row.Pk, int.MaxValue, cancellationToken);
        DateTimeOffset? First(TimelineKind kind) => steps.Where(s => s.Kind == kind.ToString()).MinBy(s => s.AtTicks)?.At;
        return new ConversationFact(row.Pk, row.ChannelId, row.CreatedAt, First(TimelineKind.Queued) ?? row.QueuedAt, First(TimelineKind.Assigned),
            replies.Count == 0 ? null : replies.Min(r => r.CreatedAt), First(TimelineKind.Resolved) ?? row.ResolvedAt, row.Queue);
    }

    private sealed record StepDocument(string Id, string Pk, string ConversationId, string Kind, long AtTicks, DateTimeOffset At, string? AgentId);

    private sealed record ConversationRow(string Pk, string ChannelId, int Status, DateTimeOffset CreatedAt, DateTimeOffset? QueuedAt, DateTimeOffset? ResolvedAt, string? Queue);

    private sealed record MessageRow(string Pk, long Sequence, string Text, DateTimeOffset CreatedAt);

    private sealed record CaseRow(string Department, int Status, long CreatedTicks, DateTimeOffset UpdatedAt);
}
