using CityCrm.Conversations.Events;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Routing;
using CityCrm.Conversations.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations;

/// <summary>Registers presence, queues and automatic offers of handed-off conversations to agents.</summary>
public static class AgentRoutingExtensions
{
    public static IServiceCollection AddAgentRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoutingOptions>(configuration.GetSection(RoutingOptions.Section));
        services.AddSingleton<AgentPresence>();
        services.AddSingleton<OfferBook>();
        services.AddSingleton<QueueResolver>();
        services.AddKeyedSingleton<IRoutingNotifier, RoutingHubNotifier>(RoutingNotifierFanOut.Key);
        services.AddSingleton<IRoutingNotifier>(sp => new RoutingNotifierFanOut(sp.GetKeyedServices<IRoutingNotifier>(RoutingNotifierFanOut.Key), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RoutingNotifierFanOut>>()));
        // The dashboard reads presence and queues from here.
        services.AddSingleton<IPresenceSnapshot, RoutingPresenceSnapshot>();
        services.AddSingleton<IQueueSnapshot, RoutingQueueSnapshot>();
        services.AddSingleton<AgentRouter>();
        services.AddSingleton<RoutingDesk>();
        services.AddSingleton<IDomainEventHandler<ConversationQueued>>(sp => sp.GetRequiredService<AgentRouter>());
        services.AddSingleton<IDomainEventHandler<ConversationAssigned>>(sp => sp.GetRequiredService<AgentRouter>());
        services.AddSingleton<IDomainEventHandler<ConversationResolved>>(sp => sp.GetRequiredService<AgentRouter>());
        services.AddSingleton<IDomainEventHandler<ConversationTransferred>>(sp => sp.GetRequiredService<AgentRouter>());
        services.AddHostedService<RoutingTicker>();
        return services;
    }
}
