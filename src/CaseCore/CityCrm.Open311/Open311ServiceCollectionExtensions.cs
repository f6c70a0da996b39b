using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Open311;

/// <summary>Registers the Open311 GeoReport v2 API (map it with <see cref="Open311Api.MapOpen311"/>).</summary>
public static class Open311ServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="Open311Options"/> (section <c>Open311</c>) and registers the api keys and the intake. Needs the
    /// case module (AddCaseCore), the conversation stores and an <see cref="CaseCore.IRequestTokenStore"/> (AddSqliteStores).
    /// </summary>
    public static IServiceCollection AddOpen311(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<Open311Options>(configuration.GetSection(Open311Options.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton<Open311KeyLimiter>();
        services.AddSingleton<Open311Intake>();
        services.AddSingleton<Open311Address>();
        return services;
    }
}
