using CityCrm.Conversations.Leases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Conversations.Outreach;

/// <summary>Registers segments, broadcasts (the planner and the background sender) and subscriptions.</summary>
public static class OutreachServiceCollectionExtensions
{
    public static IServiceCollection AddOutreach(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutreachOptions>().Bind(configuration.GetSection(OutreachOptions.Section));
        services.AddSingleton<ReachChooser>();
        services.AddSingleton<AudienceResolver>();
        services.AddSingleton<BroadcastSignal>();
        services.AddSingleton<BroadcastPlanner>();
        services.AddSingleton<QuietHours>();
        services.AddSingleton<BroadcastSender>();
        services.AddLeasedHostedService("broadcasts", sp => sp.GetRequiredService<BroadcastSender>());
        services.AddSingleton<BroadcastReports>();
        services.AddSingleton<SegmentService>();
        services.AddSingleton<ISubscriptionService, SubscriptionService>();
        services.AddSingleton<SubscriptionDialog>();
        return services;
    }
}
