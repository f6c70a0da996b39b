using CityCrm.Conversations.Events;
using CityCrm.Knowledge.Editorial;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// Registers what lets several nodes serve as one, when Redis is configured: the backplane for the hubs and the
/// knowledge follower that keeps each node's index in step with edits made on the others.
/// </summary>
public static class ScaleOutExtensions
{
    /// <summary>The setting naming the Redis server(s) in StackExchange.Redis form, e.g. "127.0.0.1:6379".</summary>
    public const string RedisSetting = "SignalR:Redis";

    /// <summary>
    /// With <see cref="RedisSetting"/> set, hub messages go through Redis to every node's connections, falling back to
    /// this node's own while Redis is away, and knowledge changes are announced to the other nodes; unset, SignalR stays
    /// in-process and nothing is announced, as on one node.
    /// </summary>
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisSetting];
        if (string.IsNullOrWhiteSpace(redis))
            return services;
        var link = new RedisLink(redis);
        services.AddSingleton(link);
        // Refusing to hand over a multiplexer that is not connected makes the Redis manager try again on its next use,
        // instead of keeping subscriptions it asked for while Redis was away (which would never be read).
        services.AddSignalR().AddStackExchangeRedis(o => o.ConnectionFactory = async _ =>
        {
            var multiplexer = await link.GetAsync();
            return multiplexer.IsConnected ? multiplexer
                : throw new StackExchange.Redis.RedisConnectionException(StackExchange.Redis.ConnectionFailureType.UnableToConnect, "Redis is not reachable.");
        });
        services.AddSingleton(typeof(RedisHubLifetimeManager<>));
        services.AddSingleton(typeof(DefaultHubLifetimeManager<>));
        // Registered last, so it is the one SignalR resolves.
        services.AddSingleton(typeof(HubLifetimeManager<>), typeof(FallbackHubLifetimeManager<>));
        services.Configure<ScaleOutOptions>(configuration.GetSection("ScaleOut"));
        services.AddSingleton<KnowledgeFollower>();
        services.AddSingleton<IArticleChangeNotice>(sp => sp.GetRequiredService<KnowledgeFollower>());
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeFollower>());
        services.AddSingleton<ConversationRelay>();
        services.AddSingleton<IDomainEventHandler<MessageAppended>>(sp => sp.GetRequiredService<ConversationRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<ConversationRelay>());
        return services;
    }
}
