using CityCrm.Conversations.Audit;
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
        services.AddSingleton(CosmosCounter.Container);
        services.AddCosmosStore<CityCrm.CaseCore.ICaseStore, CosmosCaseStore>(CosmosCaseStore.Container);
        services.AddCosmosStore<CityCrm.Knowledge.IArticleStore, CosmosArticleStore>(CosmosArticleStore.Container);
        services.AddCosmosStore<CityCrm.Knowledge.Editorial.IEditorialStore, CosmosEditorialStore>(CosmosEditorialStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Incidents.IIncidentStore, CosmosIncidentStore>(CosmosIncidentStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Workflow.ICaseTimerStore, CosmosCaseTimerStore>(CosmosCaseTimerStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Approvals.ICaseApprovalStore, CosmosCaseApprovalStore>(CosmosCaseApprovalStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.IRequestTokenStore, CosmosRequestTokenStore>(CosmosRequestTokenStore.Container);
        return services;
    }

    /// <summary>Declares <paramref name="container"/> and makes <typeparamref name="TImplementation"/> the <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddCosmosStore<TService, TImplementation>(this IServiceCollection services, CosmosContainerSpec container)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddSingleton(container);
        services.RemoveAll<TService>();
        services.AddSingleton<TService, TImplementation>();
        return services;
    }
}
