using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Bot;

public sealed class RestartRecoveryTests
{
    [Fact]
    public async Task Start_MessageStoredButNeverAnswered_BotAnswersIt()
    {
        // The state a crash leaves: the resident's message committed (and acknowledged), no answer yet.
        var data = Directory.CreateTempSubdirectory("citycrm-restart-").FullName;
        var database = new SqliteDatabase(Path.Combine(data, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        var store = new SqliteConversationStore(database, TimeProvider.System);
        var contact = await store.GetOrCreateContactAsync("web", "dl_crash", "Resident", CancellationToken.None);
        var conversation = new Conversation("crashed1", new Inbox("web", "webchat", "Web"), contact.Id, "dl_crash", DateTimeOffset.UtcNow);
        await store.CreateAsync(conversation, CancellationToken.None);
        await store.AppendAsync(new Message
        {
            ConversationId = conversation.Id,
            Direction = MessageDirection.Incoming,
            AuthorKind = AuthorKind.Contact,
            Text = "when is my recycling picked up?",
            Activity = new Activity { Type = ActivityTypes.Message, Text = "when is my recycling picked up?" },
            ExternalId = "client-1",
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);

        using var factory = new CityAppFactory().WithWebHostBuilder(b => b.UseSetting("data", data));
        var restarted = factory.Services.GetRequiredService<IConversationStore>();
        Message? answer = null;
        for (var i = 0; i < 1200 && answer is null; i++)
        {
            answer = (await restarted.GetMessagesAsync(conversation.Id, 1, 10, CancellationToken.None)).FirstOrDefault(m => m.AuthorKind == AuthorKind.Bot);
            await Task.Delay(25);
        }

        Assert.NotNull(answer);
        Assert.Contains("/kb/recycling-pickup", answer.Text);
        // The turn is marked handled after its reply is stored: wait for the mark rather than race it.
        IReadOnlyList<Message> left = [];
        for (var i = 0; i < 400; i++)
        {
            left = await restarted.GetUnhandledIncomingAsync(10, CancellationToken.None);
            if (left.Count == 0)
                break;
            await Task.Delay(25);
        }
        Assert.Empty(left);
        factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
