using CityCrm.Conversations.Observability;
using CityCrm.Storage.Sqlite;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CityCrm.City311.Observability;

/// <summary>
/// The host's observability: the service's metrics and ASP.NET Core's on a Prometheus scrape endpoint (<c>/metrics</c>),
/// traces to an OTLP collector when one is configured, and health checks for liveness and readiness.
/// </summary>
public static class ObservabilityHostExtensions
{
    private const string Ready = "ready";

    /// <summary>
    /// Registers metrics, tracing (with a configured OTLP endpoint), the database and index health checks, and the
    /// console log format that masks residents' phone numbers and email addresses (<see cref="RedactingJsonConsoleFormatter"/>).
    /// </summary>
    public static IServiceCollection AddCityObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging(logging => logging.AddConsoleFormatter<RedactingJsonConsoleFormatter, ConsoleFormatterOptions>());
        var section = configuration.GetSection(ObservabilityOptions.Section);
        services.Configure<ObservabilityOptions>(section);
        var options = section.Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        services.AddSingleton<ScrapeAccess>();
        services.AddCityMetrics();
        services.AddHealthChecks()
            .AddCheck<SqliteHealthCheck>("database", tags: [Ready])
            .AddCheck<KnowledgeIndexHealthCheck>("knowledge-index", tags: [Ready]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("citycrm"))
            .WithMetrics(m => m.AddMeter(CityTelemetry.Name).AddAspNetCoreInstrumentation().AddPrometheusExporter());
        if (options.OtlpEndpoint is { Length: > 0 } endpoint)
        {
            telemetry.WithTracing(t => t.AddSource(CityTelemetry.Name)
                // Query strings can hold tokens and residents' numbers: only the path goes into a span.
                .AddAspNetCoreInstrumentation(a => a.EnrichWithHttpRequest = (activity, request) => activity.SetTag("url.query", null))
                .AddOtlpExporter(o =>
                {
                    o.Endpoint = new Uri(new Uri(endpoint), "v1/traces");
                    o.Protocol = OtlpExportProtocol.HttpProtobuf;
                    o.BatchExportProcessorOptions.ScheduledDelayMilliseconds = options.TraceExportDelayMilliseconds;
                }));
        }
        return services;
    }

    /// <summary>Maps <c>/metrics</c> (guarded by <see cref="ScrapeAccess"/>), <c>/health</c>, <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static WebApplication MapCityObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = app.Services.GetRequiredService<ScrapeAccess>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/metrics"), branch => branch.Use(access.InvokeAsync));
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/health");
        // Alive as long as the process answers; a store outage makes it unready, not dead (a restart would not help).
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) });
        return app;
    }
}
