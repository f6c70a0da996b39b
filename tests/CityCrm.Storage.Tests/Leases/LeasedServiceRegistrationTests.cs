using CityCrm.Conversations.Leases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Storage.Tests.Leases;

/// <summary>Every worker registered under a lease runs: none is dropped as a duplicate of another.</summary>
public sealed class LeasedServiceRegistrationTests
{
    [Fact]
    public void AddLeasedHostedService_ThreeWorkers_RegistersThreeLeasedServices()
    {
        var services = new ServiceCollection().AddLogging();
        foreach (var name in new[] { "outbox", "broadcasts", "surveys" })
            services.AddLeasedHostedService(name, _ => new IdleWorker());

        using var provider = services.BuildServiceProvider();

        var leased = provider.GetServices<IHostedService>().OfType<LeasedService>().Select(s => s.LeaseName).ToList();
        Assert.Equal(["outbox", "broadcasts", "surveys"], leased);
    }

    private sealed class IdleWorker : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
