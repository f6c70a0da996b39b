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
    /// <summary>The configuration key that chooses the store: <c>Sqlite</c> (the default) or <c>Cosmos</c>.</summary>
    public const string ProviderKey = "Storage:Provider";

    /// <summary>
    /// Applies the store chosen by <see cref="ProviderKey"/>: nothing more for SQLite (registered already), the Cosmos
    /// stores for <c>Cosmos</c>. Anything else stops the start with a clear message.
    /// </summary>
    public static IServiceCollection AddChosenStores(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] ?? "Sqlite";
        if (provider.Equals("Cosmos", StringComparison.OrdinalIgnoreCase))
            return services.AddCosmosStores(configuration);
        return provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)
            ? services
            : throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Cosmos, not '{provider}'.");
    }

    /// <summary>Creates the Cosmos database and containers when the Cosmos store is in use; nothing otherwise.</summary>
    public static Task InitializeChosenStoresAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetService<CosmosStorage>() is { } storage ? storage.InitializeAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Uses Cosmos DB for every store that has a Cosmos implementation, configured from the <c>Cosmos</c> section.
    /// Call after the embedded stores are registered: the registrations here replace theirs.
    /// </summary>
    public static IServiceCollection AddCosmosStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosStoreOptions>().Bind(configuration.GetSection(CosmosStoreOptions.Section));
        services.AddSingleton<CosmosStorage>();
        services.AddExceptionHandler<CosmosUnavailableHandler>();
        services.AddHealthChecks().AddCheck<CosmosHealthCheck>("cosmos", tags: ["ready"]);
        services.AddCosmosStore<IAuditLog, CosmosAuditLog>(CosmosAuditLog.Container);
        services.AddSingleton(CosmosCounter.Container);
        services.AddCosmosStore<CityCrm.CaseCore.ICaseStore, CosmosCaseStore>(CosmosCaseStore.Container);
        services.AddCosmosStore<CityCrm.Knowledge.IArticleStore, CosmosArticleStore>(CosmosArticleStore.Container);
        services.AddCosmosStore<CityCrm.Knowledge.Editorial.IEditorialStore, CosmosEditorialStore>(CosmosEditorialStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Incidents.IIncidentStore, CosmosIncidentStore>(CosmosIncidentStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Workflow.ICaseTimerStore, CosmosCaseTimerStore>(CosmosCaseTimerStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Approvals.ICaseApprovalStore, CosmosCaseApprovalStore>(CosmosCaseApprovalStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Leases.ILeaseStore, CosmosLeaseStore>(CosmosLeaseStore.Container);
        services.AddCosmosStore<CityCrm.CaseCore.IRequestTokenStore, CosmosRequestTokenStore>(CosmosRequestTokenStore.Container);
        services.AddCosmosStore<IConversationStore, CosmosConversationStore>(CosmosConversationStore.Containers);
        services.AddCosmosStore<IOutboxStore, CosmosOutboxStore>(CosmosConversationStore.Containers);
        services.AddCosmosStore<IOptOutRegistry, CosmosOptOutRegistry>(CosmosOptOutRegistry.Container);
        services.AddCosmosStore<CityCrm.Conversations.Contacts.Profiles.IContactProfileStore, Contacts.CosmosContactProfileStore>(Contacts.CosmosContactProfileStore.Containers);
        services.AddCosmosStore<CityCrm.Conversations.Contacts.Consent.IContactConsentStore, Contacts.CosmosContactConsentStore>(Contacts.CosmosContactConsentStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Contacts.Profiles.IContactMergeStore, Contacts.CosmosContactMergeStore>(Contacts.CosmosContactMergeStore.Containers);
        services.AddCosmosStore<CityCrm.Conversations.Cases.IConversationCaseLinks, Cases.CosmosConversationCaseLinks>(Cases.CosmosConversationCaseLinks.Container);
        services.AddCosmosStore<CityCrm.CaseCore.Duplicates.ICaseFollowers, Cases.CosmosCaseFollowers>(Cases.CosmosCaseFollowers.Container);
        services.AddCosmosStore<CityCrm.Conversations.Portal.IPendingAddressStore, Portal.CosmosPendingAddressStore>(Portal.CosmosPendingAddressStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Portal.IResidentCodeStore, Portal.CosmosResidentCodeStore>(Portal.CosmosResidentCodeStore.Container, CosmosCounter.Container);
        services.AddCosmosStore<CityCrm.Conversations.Agents.IAgentAccountStore, Agents.CosmosAgentAccountStore>(Agents.CosmosAgentAccountStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Routing.IAgentRoutingStore, Agents.CosmosAgentRoutingStore>(Agents.CosmosAgentRoutingStore.Containers);
        services.AddCosmosStore<CityCrm.Conversations.Surveys.ISurveyStore, Surveys.CosmosSurveyStore>(Surveys.CosmosSurveyStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Outreach.IOutreachAudience, Contacts.CosmosOutreachAudience>(Conversations.CosmosContactDirectory.ContactsContainer, Conversations.CosmosContactDirectory.IdentitiesContainer);
        services.AddCosmosStore<CityCrm.Conversations.Surveys.ITaggedContacts, Contacts.CosmosTaggedContacts>(Conversations.CosmosContactDirectory.ContactsContainer);
        services.AddCosmosStore<CityCrm.Conversations.Appointments.IAppointmentStore, Appointments.CosmosAppointmentStore>(Appointments.CosmosAppointmentStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Outreach.ISegmentStore, Outreach.CosmosSegmentStore>(Outreach.CosmosSegmentStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Outreach.IBroadcastStore, Outreach.CosmosBroadcastStore>(Outreach.CosmosSegmentStore.Container);
        services.AddCosmosStore<CityCrm.Knowledge.Insights.IAnswerLog, Logs.CosmosAnswerLog>(Logs.CosmosAnswerLog.Container);
        services.AddCosmosStore<CityCrm.Knowledge.Insights.IArticleViews, Logs.CosmosArticleViews>(Logs.CosmosArticleViews.Container);
        services.AddCosmosStore<CityCrm.Conversations.Calls.ICallLog, Logs.CosmosCallLog>(Logs.CosmosCallLog.Container);
        services.AddCosmosStore<CityCrm.Conversations.Mail.IAutoReplyLog, Logs.CosmosAutoReplyLog>(Logs.CosmosAutoReplyLog.Container);
        services.AddCosmosStore<CityCrm.Conversations.Mail.IMailThreads, Mail.CosmosMailThreads>(Mail.CosmosMailThreads.Container);
        services.AddCosmosStore<CityCrm.Conversations.Mail.IMailboxCursors, Mail.CosmosMailboxCursors>(Mail.CosmosMailboxCursors.Container);
        services.AddCosmosStore<CityCrm.Conversations.Mail.IMailAddressHealth, Mail.CosmosMailAddressHealth>(Mail.CosmosMailAddressHealth.Container);
        services.AddCosmosStore<CityCrm.Conversations.Attachments.IAttachmentStore, Attachments.CosmosAttachmentStore>(Attachments.CosmosAttachmentStore.Container);
        services.AddCosmosStore<CityCrm.Conversations.Supervision.ISupervisorReports, Supervision.CosmosSupervisorReports>(Supervision.CosmosSupervisorReports.Container);
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
