using CityCrm.CaseCore.Workflow;

namespace CityCrm.Storage.Cosmos;

/// <summary>What one fired timer raised, kept on its case document until delivered.</summary>
internal sealed record PendingTimerAlerts(string TimerId, long FiredTicks, IReadOnlyList<CaseAlert> Alerts);
