using CityCrm.Conversations.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Conversations.Observability;

/// <summary>Registers the service's own metrics (<see cref="CityMetrics"/>), what feeds them, and the gauge sampler.</summary>
public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CityMetrics"/> on the host's meter factory, message counting from events, and
    /// <see cref="TelemetrySampler"/> for the queue and outbox gauges. Exporting (Prometheus, OTLP) is the host's choice.
    /// </summary>
    public static IServiceCollection AddCityMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<TelemetrySnapshot>();
        services.TryAddSingleton<CityMetrics>();
        services.TryAddSingleton<MessageMetrics>();
        services.AddSingleton<IDomainEventHandler<MessageAppended>>(sp => sp.GetRequiredService<MessageMetrics>());
        services.AddSingleton<IDomainEventHandler<MessageDeliveryChanged>>(sp => sp.GetRequiredService<MessageMetrics>());
        services.AddSingleton<TelemetrySampler>();
        services.AddHostedService(sp => sp.GetRequiredService<TelemetrySampler>());
        return services;
    }
}
