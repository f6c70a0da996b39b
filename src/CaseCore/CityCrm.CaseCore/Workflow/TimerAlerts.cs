namespace CityCrm.CaseCore.Workflow;

/// <summary>The alerts one fired timer raised, waiting to be delivered.</summary>
public sealed record TimerAlerts(string TimerId, IReadOnlyList<CaseAlert> Alerts)
{
    /// <summary>
    /// The alerts with their idempotency keys ("timer:{id}:{n}"): delivering them again after a restart gives the same
    /// keys, so the resident's notice is refused the second time.
    /// </summary>
    public IEnumerable<CaseAlert> Keyed() => Alerts.Select((alert, i) => alert with { Key = $"timer:{TimerId}:{i}" });
}
