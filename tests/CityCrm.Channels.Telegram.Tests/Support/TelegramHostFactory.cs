using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Telegram.Tests.Support;

/// <summary>The real host in memory on its own data folder, its demo Telegram bot pointed at a local fake Bot API.</summary>
public sealed class TelegramHostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Inbox = "telegram";
    public const string Token = "123456789:AAH-test-token";
    public const string Secret = "test-webhook-secret_1";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-telegram-").FullName;
    private long chats = 5_000_000_000;
    private long updates = 900_000_000;

    public FakeBotApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync(Token);

    /// <summary>A chat id no other test uses.</summary>
    public long NewChat() => Interlocked.Increment(ref chats);

    /// <summary>An update id no other test uses.</summary>
    public long NewUpdate() => Interlocked.Increment(ref updates);

    /// <summary>The chat's conversation transcript, or empty when nothing was stored for it.</summary>
    public async Task<IReadOnlyList<Message>> TranscriptAsync(long chatId)
    {
        var store = Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(Inbox, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, CancellationToken.None);
        var conversation = await store.FindLatestAsync(Inbox, contact.Id, CancellationToken.None);
        return conversation is null ? [] : await Services.GetRequiredService<ConversationService>().GetTranscriptAsync(conversation.Id, 0, 500, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Telegram:ApiBaseUrl", Api.BaseUrl);
        builder.UseSetting("Telegram:Bots:0:Token", Token);
        builder.UseSetting("Telegram:Bots:0:SecretToken", Secret);
        // Texts to the demo's SMS line (a linking code) stay in the outbox, retried, instead of leaving the machine.
        builder.UseSetting("Twilio:ApiBaseUrl", "http://127.0.0.1:9");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Api.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}
