using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Conversations;

/// <summary>Registers the agent console's read model, the SignalR hub and the event handlers that feed it.</summary>
public static class AgentHubExtensions
{
    public static IServiceCollection AddAgentHub(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<AgentWorkspace>();
        services.AddSingleton<AgentHubNotifier>();
        services.AddSingleton<IDomainEventHandler<ConversationQueued>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.AddSingleton<IDomainEventHandler<ConversationAssigned>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.AddSingleton<IDomainEventHandler<ConversationResolved>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.AddSingleton<IDomainEventHandler<ConversationReopened>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.AddSingleton<IDomainEventHandler<MessageAppended>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.AddSingleton<IDomainEventHandler<MessageDeliveryChanged>>(sp => sp.GetRequiredService<AgentHubNotifier>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TypingThrottle>();
        services.AddSingleton<TypingNotifier>();
        services.AddSingleton<IDomainEventHandler<ResidentTyping>>(sp => sp.GetRequiredService<TypingNotifier>());
        services.AddSingleton<IDomainEventHandler<AgentTyping>>(sp => sp.GetRequiredService<TypingNotifier>());
        services.AddSingleton<ChannelTypingRelay>();
        services.AddSingleton<IDomainEventHandler<AgentTyping>>(sp => sp.GetRequiredService<ChannelTypingRelay>());
        return services;
    }

    /// <summary>Maps <see cref="AgentHub"/> at <see cref="AgentHub.Path"/>; the hub itself requires the agent policy.</summary>
    public static HubEndpointConventionBuilder MapAgentHub(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHub<AgentHub>(AgentHub.Path);
}
