using Microsoft.Extensions.Hosting;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>A host lifetime that has already started, for containers built without a host.</summary>
public sealed class StartedLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => new(canceled: true);
    public CancellationToken ApplicationStopping => CancellationToken.None;
    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication()
    {
    }
}
