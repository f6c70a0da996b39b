using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Leases;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations;

/// <summary>Registers the conversation engine.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConversationOptions>(configuration.GetSection("Conversations"));
        services.Configure<Routing.OpeningHoursOptions>(configuration.GetSection("OpeningHours"));
        services.AddSingleton<Routing.OpeningHours>();
        services.AddSingleton<IInboxRegistry>(sp => new InboxRegistry(sp.GetRequiredService<IOptions<ConversationOptions>>().Value.Inboxes));
        services.AddSingleton<IEventPublisher, EventPublisher>();
        services.AddSingleton<BotTurnQueue>();
        services.AddSingleton<IBotTurnQueue>(sp => sp.GetRequiredService<BotTurnQueue>());
        services.AddSingleton<ConversationService>();
        services.AddSingleton<ChannelSenders>();
        services.AddSingleton<Contacts.Consent.IConsentPolicy, Contacts.Consent.ConsentPolicy>();
        services.AddSingleton<TypingConsent>();
        services.AddSingleton<TextRelay>();
        services.AddSingleton<Notifications.CaseUpdateNotifier>();
        services.AddSingleton<Notifications.UpdateRoutes>();
        services.AddSingleton<OutboxSignal>();
        // Built on first use from the container: the outbox and opt-out stores come with the storage
        // (AddSqliteStores), and a container that never dispatches (a test over an in-memory store) needs neither.
        services.AddSingleton<IDeliveryReports>(sp => ActivatorUtilities.CreateInstance<DeliveryReportService>(sp));
        services.AddLeases(configuration);
        services.AddLeasedHostedService("outbox", sp => ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp));
        return services;
    }
}
