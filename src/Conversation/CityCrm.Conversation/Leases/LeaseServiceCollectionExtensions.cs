using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Conversations.Leases;

/// <summary>Registers the leases that make once-only background work run on one node of several.</summary>
public static class LeaseServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LeaseOptions"/> from "Leases" and adds the <see cref="LeaseHolder"/>. The lease store comes with
    /// the storage (AddSqliteStores); a host without one gets in-process leases, all granted at once.
    /// </summary>
    public static IServiceCollection AddLeases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LeaseOptions>().Bind(configuration.GetSection("Leases"))
            .Validate(o => o.RenewSeconds > 0 && o.RenewSeconds < o.DurationSeconds, "Leases:RenewSeconds must be above zero and below Leases:DurationSeconds.")
            .ValidateOnStart();
        services.AddHostedService<PeerWorkWake>();
        return services.AddLeaseDefaults();
    }

    /// <summary>Runs the worker <paramref name="worker"/> builds only on the node holding the lease <paramref name="leaseName"/>.</summary>
    public static IServiceCollection AddLeasedHostedService(
        this IServiceCollection services, string leaseName, Func<IServiceProvider, IHostedService> worker)
    {
        services.AddLeaseDefaults();
        // Not AddHostedService: it registers with TryAddEnumerable, which keeps only the first LeasedService of all.
        return services.AddSingleton<IHostedService>(sp => new LeasedService(leaseName, worker(sp), sp.GetRequiredService<LeaseHolder>()));
    }

    /// <summary>
    /// What a <see cref="LeaseHolder"/> needs when the container was built without AddLeases (a test host over in-memory
    /// stores): default options and in-process leases. A store or holder registered before or after wins.
    /// </summary>
    public static IServiceCollection AddLeaseDefaults(this IServiceCollection services)
    {
        services.AddOptions<LeaseOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILeaseStore, InMemoryLeaseStore>();
        services.TryAddSingleton<LeaseHolder>();
        return services;
    }
}
