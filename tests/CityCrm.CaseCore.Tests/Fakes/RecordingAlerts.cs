using System.Collections.Concurrent;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Tests.Fakes;

/// <summary>Keeps every alert published, in order.</summary>
public sealed class RecordingAlerts : ICaseAlerts
{
    public ConcurrentQueue<CaseAlert> Published { get; } = new();

    public Task PublishAsync(CaseAlert alert, CancellationToken cancellationToken)
    {
        Published.Enqueue(alert);
        return Task.CompletedTask;
    }
}
