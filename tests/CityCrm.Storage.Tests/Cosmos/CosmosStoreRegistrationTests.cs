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

            var conversation = await Contracts.ConversationData.CreateConversationAsync(conversations, inbox: Contracts.ConversationData.Sms, address: "+15550300");
            await conversations.AppendForDeliveryAsync(Contracts.ConversationData.Outgoing(conversation.Id, "hello"), ["hello"], CancellationToken.None);

            Assert.Equal("hello", Assert.Single(await outbox.GetHeadsAsync(10, CancellationToken.None)).Text);
        }
        finally
        {
            await storage.DeleteDatabaseAsync(CancellationToken.None);
        }
    }
}
