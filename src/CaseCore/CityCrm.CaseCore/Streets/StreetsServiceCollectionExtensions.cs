using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.CaseCore.Streets;

/// <summary>Registers the city's street gazetteer and the resolver of typed places.</summary>
public static class StreetsServiceCollectionExtensions
{
    /// <summary>
    /// Reads the gazetteer at <paramref name="path"/> now, so a broken file stops the host at start rather than at the first
    /// report, and registers it with <see cref="IStreetResolver"/>. A missing file means no gazetteer: places are taken as typed.
    /// </summary>
    public static IServiceCollection AddStreetGazetteer(this IServiceCollection services, string path)
    {
        var gazetteer = StreetGazetteer.Load(path);
        services.RemoveAll<StreetGazetteer>();
        services.RemoveAll<IStreetResolver>();
        services.AddSingleton(gazetteer);
        services.AddSingleton<IStreetResolver>(new StreetResolver(gazetteer));
        return services;
    }
}
