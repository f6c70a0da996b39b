using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;
using CityCrm.CaseCore.Streets;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Conversations.Tests.Insights;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;
using CityCrm.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations.Tests.Bot;

/// <summary>
/// The real conversation engine and bot, wired as the host wires them, over fakes for the store,
/// knowledge and cases; bot turns run when the test drains the queue.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public BotHarness()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoRoot(), "bots", "City311", "messages", "en.json"))
            .AddJsonFile(Path.Combine(RepoRoot(), "bots", "City311", "messages", "es.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Conversations:Inboxes:0:Id"] = "web",
                ["Conversations:Inboxes:0:ChannelId"] = "webchat",
                ["Conversations:Inboxes:0:Name"] = "Web",
                ["Conversations:Inboxes:1:Id"] = "sms",
                ["Conversations:Inboxes:1:ChannelId"] = "sms",
                ["Conversations:Inboxes:1:Name"] = "Text line",
                ["Conversations:Inboxes:2:Id"] = "phone",
                ["Conversations:Inboxes:2:ChannelId"] = "voice",
                ["Conversations:Inboxes:2:Name"] = "Phone line",
                ["Conversations:Inboxes:2:TextInboxId"] = "sms",
                // A square around Riverton's center (42.35, -71.06).
                ["Cases:Boundary:0:0"] = "42.30", ["Cases:Boundary:0:1"] = "-71.10",
                ["Cases:Boundary:1:0"] = "42.40", ["Cases:Boundary:1:1"] = "-71.10",
                ["Cases:Boundary:2:0"] = "42.40", ["Cases:Boundary:2:1"] = "-71.00",
                ["Cases:Boundary:3:0"] = "42.30", ["Cases:Boundary:3:1"] = "-71.00",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConversationStore>(Store)
            .AddSingleton<IKnowledgeSearch>(Knowledge)
            .AddSingleton<IServiceCatalog>(Cases)
            .AddSingleton<ILocationParser>(Cases)
            .AddSingleton<ICaseService>(Cases)
            .AddSingleton<IAuditLog>(Audit)
            .AddSingleton<IAnswerLog>(Answers)
            .AddSingleton<IArticleStore>(Articles)
            .AddSingleton<CityCrm.Conversations.Contacts.IOptOutRegistry>(OptOuts)
            .AddSingleton<CityCrm.Conversations.Contacts.Consent.IContactConsentStore>(Consents)
            .AddSingleton<CityCrm.CaseCore.Duplicates.IDuplicateFinder>(Duplicates)
            .AddSingleton<CityCrm.CaseCore.Duplicates.ICaseFollowers>(Followers)
            .Configure<CaseOptions>(configuration.GetSection(CaseOptions.Section))
            .AddSingleton<IIncidentStore>(Incidents)
            .AddSingleton<IIncidentMatcher, IncidentMatcher>()
            .AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, StartedLifetime>()
            .AddConversations(configuration)
            .AddCityBot(configuration)
            .AddStreetGazetteer(Path.Combine(RepoRoot(), "bots", "City311", "streets", "streets.json"));
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public InMemoryConversationStore Store { get; } = new();
    public FakeKnowledgeSearch Knowledge { get; } = new();
    public FakeCases Cases { get; } = new();
    public RecordingAuditLog Audit { get; } = new();
    public InMemoryAnswerLog Answers { get; } = new();
    public FakeArticles Articles { get; } = new();
    public FakeOptOuts OptOuts { get; } = new();
    public FakeContactConsents Consents { get; } = new();
    public FakeDuplicates Duplicates { get; } = new();
    public InMemoryFollowers Followers { get; } = new();
    internal InMemoryIncidentStore Incidents { get; } = new();
    public ConversationService Conversations => provider.GetRequiredService<ConversationService>();
    public IServiceProvider Services => provider;

    public async Task<Conversation> StartAsync(string address = "dl_resident", string inboxId = "web")
    {
        var conversation = await Conversations.StartAsync(inboxId, address, "Resident", null, CancellationToken.None);
        await DrainAsync();
        return conversation;
    }

    /// <summary>The resident says <paramref name="text"/>; returns the bot's replies to it.</summary>
    public Task<IReadOnlyList<Message>> SayAsync(Conversation conversation, string text) =>
        SendAsync(conversation, new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>The resident sends <paramref name="activity"/> (a photo, a shared place); returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Message>> SendAsync(Conversation conversation, Activity activity)
    {
        activity.From = new ChannelAccount(conversation.Address, "Resident", "user");
        var result = await Conversations.ReceiveAsync(new InboundActivity(conversation.InboxId, conversation.Address, conversation.Id, Guid.NewGuid().ToString(),
            activity), CancellationToken.None);
        await DrainAsync();
        return (await Store.GetMessagesAsync(conversation.Id, result.Message.Sequence, 100, CancellationToken.None))
            .Where(m => m.AuthorKind == AuthorKind.Bot).ToList();
    }

    public async Task<Conversation> ReloadAsync(Conversation conversation) =>
        (await Store.GetAsync(conversation.Id, CancellationToken.None))!;

    public async ValueTask DisposeAsync() => await provider.DisposeAsync();

    private async Task DrainAsync()
    {
        var queue = provider.GetRequiredService<BotTurnQueue>();
        var runner = provider.GetRequiredService<BotTurnRunner>();
        while (queue.Reader.TryRead(out var request))
            await runner.RunAsync(request, CancellationToken.None);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        throw new InvalidOperationException("CityCrm.sln not found");
    }
}
