using CityCrm.Conversations.Events;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Conversations.Supervision;

/// <summary>Registers the supervisor dashboard: counters, reports, the hub and the event handlers that feed them.</summary>
public static class SupervisorDashboardExtensions
{
    /// <summary>
    /// Adds the dashboard. <paramref name="lexiconFolder"/> holds <c>sentiment.en.txt</c>, <c>sentiment.es.txt</c> and
    /// <c>topics.txt</c>. Presence and queues come from routing (<c>AddAgentRouting</c> registers
    /// <see cref="IPresenceSnapshot"/> and <see cref="IQueueSnapshot"/>); CSAT gets a stand-in unless registered before.
    /// </summary>
    public static IServiceCollection AddSupervisorDashboard(this IServiceCollection services, IConfiguration configuration, string lexiconFolder)
    {
        services.AddSignalR();
        services.Configure<SupervisorOptions>(configuration.GetSection(SupervisorOptions.Section));
        services.TryAddSingleton<ICsatSource, NoCsatSource>();
        services.AddSingleton(_ => SentimentLexicon.Load([Path.Combine(lexiconFolder, "sentiment.en.txt"), Path.Combine(lexiconFolder, "sentiment.es.txt")]));
        services.AddSingleton(_ => TopicLexicon.Load(Path.Combine(lexiconFolder, "topics.txt")));
        services.AddSingleton<SupervisorCounters>();
        services.AddSingleton<SupervisorReportBuilder>();
        services.AddSingleton<SupervisorAudience>();
        services.AddSingleton<TimelineRecorder>();
        services.AddSingleton<SupervisorBroadcaster>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SupervisorBroadcaster>());
        // Presence changes and offers move the agents' and queues' figures without any conversation event.
        services.AddKeyedSingleton<IRoutingNotifier>(RoutingNotifierFanOut.Key, (sp, _) => sp.GetRequiredService<SupervisorBroadcaster>());
        // The timeline is written before the broadcaster counts: handlers run in the order they were registered.
        AddHandler<ConversationQueued, TimelineRecorder>(services);
        AddHandler<ConversationAssigned, TimelineRecorder>(services);
        AddHandler<ConversationResolved, TimelineRecorder>(services);
        AddHandler<ConversationReopened, TimelineRecorder>(services);
        AddHandler<ConversationQueued, SupervisorBroadcaster>(services);
        AddHandler<ConversationAssigned, SupervisorBroadcaster>(services);
        AddHandler<ConversationResolved, SupervisorBroadcaster>(services);
        AddHandler<ConversationReopened, SupervisorBroadcaster>(services);
        AddHandler<ConversationTransferred, SupervisorBroadcaster>(services);
        AddHandler<MessageAppended, SupervisorBroadcaster>(services);
        return services;
    }

    /// <summary>Maps <see cref="SupervisorHub"/> at <see cref="SupervisorHub.Path"/>; the hub itself requires the supervisor policy.</summary>
    public static HubEndpointConventionBuilder MapSupervisorHub(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHub<SupervisorHub>(SupervisorHub.Path);

    private static void AddHandler<TEvent, THandler>(IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent> =>
        services.AddSingleton<IDomainEventHandler<TEvent>>(sp => sp.GetRequiredService<THandler>());
}
