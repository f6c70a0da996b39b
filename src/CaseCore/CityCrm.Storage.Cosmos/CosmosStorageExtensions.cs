using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Storage.Cosmos;

/// <summary>Registers the Cosmos DB implementation of the stores that have one (replacing the embedded ones).</summary>
public static class CosmosStorageExtensions
{
    /// <summary>
    /// Uses Cosmos DB for every store that has a Cosmos implementation, configured from the <c>Cosmos</c> section.
    /// Call after the embedded stores are registered: the registrations here replace theirs.
    /// </summary>
    public static IServiceCollection AddCosmosStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosStoreOptions>().Bind(configuration.GetSection(CosmosStoreOptions.Section));
        services.AddSingleton<CosmosStorage>();
        services.AddExceptionHandler<CosmosUnavailableHandler>();
        services.AddCosmosStore<IAuditLog, CosmosAuditLog>(CosmosAuditLog.Container);
        services.AddCosmosStore<IConversationStore, CosmosConversationStore>(CosmosConversationStore.Containers);
        services.AddCosmosStore<IOutboxStore, CosmosOutboxStore>(CosmosConversationStore.Containers);
        services.AddCosmosStore<IOptOutRegistry, CosmosOptOutRegistry>(CosmosOptOutRegistry.Container);
        return services;
    }

    /// <summary>Declares <paramref name="containers"/> and makes <typeparamref name="TImplementation"/> the <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddCosmosStore<TService, TImplementation>(this IServiceCollection services, params CosmosContainerSpec[] containers)
        where TService : class
        where TImplementation : class, TService
    {
        foreach (var container in containers)
            services.AddSingleton(container);
        services.RemoveAll<TService>();
        services.AddSingleton<TService, TImplementation>();
        return services;
    }
}
