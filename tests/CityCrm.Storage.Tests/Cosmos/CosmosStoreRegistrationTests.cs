using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>Choosing Cosmos DB by configuration replaces the embedded stores that have a Cosmos implementation.</summary>
public sealed class CosmosStoreRegistrationTests
{
    [Fact]
    public async Task AddCosmosStores_AfterTheEmbeddedStores_ResolvesCosmosStoresThatWorkTogether()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync(initialize: false);
        var options = await CosmosTestStorage.OptionsAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = options.Endpoint,
            ["Cosmos:Key"] = options.Key,
            ["Cosmos:Database"] = options.Database,
            ["Cosmos:LimitToEndpoint"] = "true",
            ["Cosmos:AcceptAnyServerCertificate"] = "true",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddSqliteStores(Path.Combine(temp.Folder, "host.db"));
        services.AddCosmosStores(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var storage = provider.GetRequiredService<CosmosStorage>();
        await storage.InitializeAsync(CancellationToken.None);
        try
        {
            var conversations = Assert.IsType<CosmosConversationStore>(provider.GetRequiredService<IConversationStore>());
            var outbox = Assert.IsType<CosmosOutboxStore>(provider.GetRequiredService<IOutboxStore>());
            Assert.IsType<CosmosOptOutRegistry>(provider.GetRequiredService<IOptOutRegistry>());
            Assert.IsType<Storage.Cosmos.Contacts.CosmosContactProfileStore>(provider.GetRequiredService<Conversations.Contacts.Profiles.IContactProfileStore>());
            Assert.IsType<Storage.Cosmos.Contacts.CosmosContactConsentStore>(provider.GetRequiredService<Conversations.Contacts.Consent.IContactConsentStore>());
            Assert.IsType<Storage.Cosmos.Contacts.CosmosContactMergeStore>(provider.GetRequiredService<Conversations.Contacts.Profiles.IContactMergeStore>());
            Assert.IsType<Storage.Cosmos.Cases.CosmosConversationCaseLinks>(provider.GetRequiredService<Conversations.Cases.IConversationCaseLinks>());
            Assert.IsType<Storage.Cosmos.Cases.CosmosCaseFollowers>(provider.GetRequiredService<CaseCore.Duplicates.ICaseFollowers>());
            Assert.IsType<Storage.Cosmos.Portal.CosmosPendingAddressStore>(provider.GetRequiredService<Conversations.Portal.IPendingAddressStore>());
            Assert.IsType<Storage.Cosmos.Portal.CosmosResidentCodeStore>(provider.GetRequiredService<Conversations.Portal.IResidentCodeStore>());
            Assert.IsType<Storage.Cosmos.Agents.CosmosAgentAccountStore>(provider.GetRequiredService<Conversations.Agents.IAgentAccountStore>());
            Assert.IsType<Storage.Cosmos.Agents.CosmosAgentRoutingStore>(provider.GetRequiredService<Conversations.Routing.IAgentRoutingStore>());
            Assert.All(OperationsStores, pair => Assert.IsType(pair.Cosmos, provider.GetRequiredService(pair.Service)));

            var conversation = await Contracts.ConversationData.CreateConversationAsync(conversations, inbox: Contracts.ConversationData.Sms, address: "+15550300");
            await conversations.AppendForDeliveryAsync(Contracts.ConversationData.Outgoing(conversation.Id, "hello"), ["hello"], CancellationToken.None);

            Assert.Equal("hello", Assert.Single(await outbox.GetHeadsAsync(10, CancellationToken.None)).Text);
        }
        finally
        {
            await storage.DeleteDatabaseAsync(CancellationToken.None);
        }
    }

    // The operations stores and their Cosmos implementations: all replace the embedded ones.
    private static readonly (Type Service, Type Cosmos)[] OperationsStores =
    [
        (typeof(CityCrm.Conversations.Surveys.ISurveyStore), typeof(CityCrm.Storage.Cosmos.Surveys.CosmosSurveyStore)),
        (typeof(CityCrm.Conversations.Appointments.IAppointmentStore), typeof(CityCrm.Storage.Cosmos.Appointments.CosmosAppointmentStore)),
        (typeof(CityCrm.Conversations.Outreach.ISegmentStore), typeof(CityCrm.Storage.Cosmos.Outreach.CosmosSegmentStore)),
        (typeof(CityCrm.Conversations.Outreach.IBroadcastStore), typeof(CityCrm.Storage.Cosmos.Outreach.CosmosBroadcastStore)),
        (typeof(CityCrm.Knowledge.Insights.IAnswerLog), typeof(CityCrm.Storage.Cosmos.Logs.CosmosAnswerLog)),
        (typeof(CityCrm.Knowledge.Insights.IArticleViews), typeof(CityCrm.Storage.Cosmos.Logs.CosmosArticleViews)),
        (typeof(CityCrm.Conversations.Calls.ICallLog), typeof(CityCrm.Storage.Cosmos.Logs.CosmosCallLog)),
        (typeof(CityCrm.Conversations.Mail.IAutoReplyLog), typeof(CityCrm.Storage.Cosmos.Logs.CosmosAutoReplyLog)),
        (typeof(CityCrm.Conversations.Mail.IMailThreads), typeof(CityCrm.Storage.Cosmos.Mail.CosmosMailThreads)),
        (typeof(CityCrm.Conversations.Mail.IMailboxCursors), typeof(CityCrm.Storage.Cosmos.Mail.CosmosMailboxCursors)),
        (typeof(CityCrm.Conversations.Mail.IMailAddressHealth), typeof(CityCrm.Storage.Cosmos.Mail.CosmosMailAddressHealth)),
        (typeof(CityCrm.Conversations.Attachments.IAttachmentStore), typeof(CityCrm.Storage.Cosmos.Attachments.CosmosAttachmentStore)),
        (typeof(CityCrm.Conversations.Supervision.ISupervisorReports), typeof(CityCrm.Storage.Cosmos.Supervision.CosmosSupervisorReports)),
    ];
}
