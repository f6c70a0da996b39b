using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.CaseCore;

/// <summary>Registers the case module: the service catalogue, the location parser and the case service.</summary>
public static class CaseCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IServiceCatalog"/> (read once from <paramref name="catalogPath"/>),
    /// <see cref="ILocationParser"/>, and one <see cref="CaseService"/> as <see cref="ICaseService"/> and <see cref="ICaseWorkflow"/>. An <see cref="ICaseStore"/> must be
    /// registered by a storage module (for example AddSqliteStores). With <paramref name="dataRoot"/>, suggestions
    /// also learn from the history imported there (<c>cases import-history --data</c>), as the command line does, and every
    /// case closed is added to it and learned at once (<see cref="Suggestions.ClosedCaseHistory"/>).
    /// </summary>
    public static IServiceCollection AddCaseCore(this IServiceCollection services, string catalogPath, string? dataRoot = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogPath);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ =>
            ServiceCatalog.Load(catalogPath, null, dataRoot is null ? null : Suggestions.ServiceHistory.LoadAndTrim(dataRoot)));
        services.AddSingleton<IServiceCatalog>(sp => sp.GetRequiredService<ServiceCatalog>());
        if (dataRoot is not null)
            services.AddSingleton(sp => new Suggestions.ClosedCaseHistory(dataRoot, sp.GetRequiredService<ServiceCatalog>()));
        services.AddSingleton<ILocationParser, LocationParser>();
        // No streets until AddStreetGazetteer: typed places are then taken as written.
        services.TryAddSingleton<Streets.IStreetResolver>(new Streets.StreetResolver(Streets.StreetGazetteer.Empty));
        services.AddSingleton<CaseService>();
        services.AddSingleton<ICaseService>(sp => sp.GetRequiredService<CaseService>());
        services.AddSingleton<ICaseWorkflow>(sp => sp.GetRequiredService<CaseService>());
        return services;
    }
}
