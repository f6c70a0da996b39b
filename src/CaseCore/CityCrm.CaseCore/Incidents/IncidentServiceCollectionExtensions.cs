using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.CaseCore.Incidents;

/// <summary>Registers incidents: the service (also the <see cref="IIncidentLinker"/> cases call), the matcher and the suggester.</summary>
public static class IncidentServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IncidentOptions"/> to the "Incidents" section. An <see cref="IIncidentStore"/> and an
    /// <see cref="ICaseStore"/> come from a storage module, the catalogue and location parser from AddCaseCore.
    /// </summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IncidentOptions>(configuration.GetSection(IncidentOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IncidentMatcher>();
        services.AddSingleton<IIncidentMatcher>(sp => sp.GetRequiredService<IncidentMatcher>());
        services.AddSingleton<IncidentService>();
        services.AddSingleton<IIncidentLinker>(sp => sp.GetRequiredService<IncidentService>());
        services.AddSingleton<IncidentSuggester>();
        return services;
    }
}
