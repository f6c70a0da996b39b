using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Case timers in container <c>case-timers</c>, partitioned by case reference, one document per (case, name); a
/// claim is an ETag-guarded replace, so of two pollers one wins each timer. Completing a timer replaces the case
/// document once with the change it caused, the timer marked on the case and the alerts it raised (atomic), then
/// marks the timer document fired: a crash in between leaves a timer the case already records as fired, which the
/// automation only marks (<c>HasTimerFired</c>), and the alerts wait on the case until delivered.
/// Timer ids are <c>{reference}|{name}</c>, so every call finds its partition.
/// </summary>
public sealed class CosmosCaseTimerStore(CosmosStorage storage) : ICaseTimerStore
{
    public static readonly CosmosContainerSpec Container = new("case-timers");

    private readonly CosmosCollection timers = storage.Collection(Container.Name);
    private readonly CosmosCollection cases = storage.Collection(CosmosCaseStore.Container.Name);

    public async Task ScheduleAsync(string reference, IReadOnlyList<(string Name, DateTimeOffset DueAt)> due, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        foreach (var (name, at) in due)
        {
            var key = CosmosKeys.Escape(name);
            while (true)
            {
                var stored = await timers.ReadAsync<TimerDocument>(key, reference, cancellationToken);
                if (stored is null)
                {
                    if (await timers.CreateAsync(new TimerDocument(key, reference, reference, name, at, at.UtcTicks, null, null, null, null), reference, cancellationToken))
                        break;
                    continue;
                }
                // A fired timer stays where it fired; an unfired one moves to its new time.
                if (stored.Document.FiredAt is not null
                    || await timers.ReplaceAsync(stored.Document with { DueAt = at, DueTicks = at.UtcTicks, ETag = null }, key, reference, stored.ETag, cancellationToken))
                    break;
            }
        }
    }

    public async Task<IReadOnlyList<CaseTimer>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        // The timer poll (one node holds it): across partitions, ordered by due time.
        var query = new QueryDefinition(
            "SELECT * FROM c WHERE NOT IS_NUMBER(c.firedTicks) AND c.dueTicks <= @now AND (NOT IS_NUMBER(c.claimedUntilTicks) OR c.claimedUntilTicks <= @now) ORDER BY c.dueTicks")
            .WithParameter("@now", now.UtcTicks);
        var claimed = new List<CaseTimer>();
        bool lostRaces;
        do
        {
            // Another poller may take some of these first; then look again for the rest, as one SQL claim would.
            lostRaces = false;
            var candidates = await timers.QueryAsync<TimerDocument>(query, null, max - claimed.Count, cancellationToken);
            foreach (var candidate in candidates)
            {
                var etag = candidate.ETag ?? throw new InvalidOperationException("The store returned a timer without its ETag.");
                var next = candidate with { ClaimedBy = owner, ClaimedUntilTicks = (now + lease).UtcTicks, ETag = null };
                if (candidate.Claimable(now) && await timers.ReplaceAsync(next, next.Id, next.Pk, etag, cancellationToken))
                    claimed.Add(next.ToTimer());
                else
                    lostRaces = true;
            }
        }
        while (lostRaces && claimed.Count < max);
        return claimed;
    }

    public async Task MarkFiredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (reference, key) = Split(timerId);
        while (await timers.ReadAsync<TimerDocument>(key, reference, cancellationToken) is { } stored && stored.Document.FiredAt is null)
        {
            var next = stored.Document with { FiredAt = at, FiredTicks = at.UtcTicks, ClaimedUntilTicks = null, ETag = null };
            if (await timers.ReplaceAsync(next, key, reference, stored.ETag, cancellationToken))
                return;
        }
    }

    public async Task<IReadOnlyList<(CaseTimer Timer, DateTimeOffset? FiredAt)>> ListAsync(string reference, CancellationToken cancellationToken)
    {
        var listed = await timers.QueryAsync<TimerDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", reference), reference, int.MaxValue, cancellationToken);
        return [.. listed.OrderBy(t => t.DueTicks).ThenBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.ToTimer(), t.FiredAt))];
    }

    public async Task CompleteAsync(Case changed, string timerId, IReadOnlyList<CaseAlert> alerts, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        await CosmosCaseStore.SaveChangedAsync(cases, changed, next => alerts.Count == 0 ? next
            : next with { PendingAlerts = [.. next.PendingAlerts, new PendingTimerAlerts(timerId, at.UtcTicks, alerts)] }, cancellationToken);
        await MarkFiredAsync(timerId, at, cancellationToken);
    }

    public async Task<IReadOnlyList<TimerAlerts>> UndeliveredAsync(int max, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = 'case' AND IS_NUMBER(c.undeliveredTicks) ORDER BY c.undeliveredTicks");
        var holding = await cases.QueryAsync<CaseDocument>(query, null, max, cancellationToken);
        return [.. holding.SelectMany(c => c.PendingAlerts).OrderBy(p => p.FiredTicks).ThenBy(p => p.TimerId, StringComparer.Ordinal)
            .Take(max).Select(p => new TimerAlerts(p.TimerId, p.Alerts))];
    }

    public async Task MarkDeliveredAsync(string timerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (reference, _) = Split(timerId);
        while (await cases.ReadAsync<CaseDocument>(reference, reference, cancellationToken) is { } stored
               && stored.Document.PendingAlerts.Any(p => p.TimerId == timerId))
        {
            var next = stored.Document with { PendingAlerts = [.. stored.Document.PendingAlerts.Where(p => p.TimerId != timerId)] };
            if (await cases.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken))
                return;
        }
    }

    private static (string Reference, string Key) Split(string timerId)
    {
        var bar = timerId.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? (timerId[..bar], timerId[(bar + 1)..]) : throw new ArgumentException($"'{timerId}' is not a case timer id.", nameof(timerId));
    }

    private sealed record TimerDocument(
        string Id, string Pk, string Reference, string Name, DateTimeOffset DueAt, long DueTicks,
        string? ClaimedBy, long? ClaimedUntilTicks, DateTimeOffset? FiredAt, long? FiredTicks)
    {
        /// <summary>The ETag the query read it with (Cosmos returns it as <c>_etag</c>), so a claim needs no second read.</summary>
        [System.Text.Json.Serialization.JsonPropertyName("_etag")]
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public string? ETag { get; init; }

        public bool Claimable(DateTimeOffset now) =>
            FiredAt is null && DueTicks <= now.UtcTicks && (ClaimedUntilTicks is not { } until || until <= now.UtcTicks);

        public CaseTimer ToTimer() => new($"{Reference}|{Id}", Reference, Name, DueAt);
    }
}
