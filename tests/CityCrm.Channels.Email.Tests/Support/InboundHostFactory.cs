using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// The real host in memory on its own data folder, with the demo "email" inbox. Tests run their own mailbox readers
/// (against <see cref="DovecotServer"/>) over the host's services, so they can stop one and start another.
/// </summary>
public sealed class InboundHostFactory : WebApplicationFactory<Program>
{
    // Only a bound on failure: a reader that never gets there fails the test instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("citycrm-email-").FullName;

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    public IMailThreads Threads => Services.GetRequiredService<IMailThreads>();

    /// <summary>A reader of <paramref name="mailbox"/> over the host's intake and stores (its cursors unless given).</summary>
    public MailboxReader Reader(MailboxOptions mailbox, EmailOptions? options = null, IMailboxCursors? cursors = null) =>
        new(mailbox, options ?? new EmailOptions { PollSeconds = 1, ReconnectMaxSeconds = 1 }, Services.GetRequiredService<MailIntake>(),
            cursors ?? Services.GetRequiredService<IMailboxCursors>(), TimeProvider.System, NullLogger.Instance);

    /// <summary>The conversation the email with <paramref name="messageId"/> was stored in, waiting for the reader to get there.</summary>
    public async Task<string> ConversationOfAsync(string messageId, string inboxId = "email")
    {
        string? found = null;
        await UntilAsync(async () => (found = await Threads.FindConversationAsync(inboxId, [messageId], CancellationToken.None)) is not null);
        return found!;
    }

    /// <summary>The latest conversation with <paramref name="address"/> on the email inbox, waiting for the reader to open it.</summary>
    public async Task<string> LatestConversationWithAsync(string address)
    {
        var store = Services.GetRequiredService<IConversationStore>();
        Conversation? found = null;
        await UntilAsync(async () =>
        {
            var contact = await store.GetOrCreateContactAsync("email", address, null, CancellationToken.None);
            return (found = await store.FindLatestAsync("email", contact.Id, CancellationToken.None)) is not null;
        });
        return found!.Id;
    }

    public async Task<IReadOnlyList<Message>> TranscriptAsync(string conversationId) =>
        await Conversations.GetTranscriptAsync(conversationId, 0, 500, CancellationToken.None);

    /// <summary>How many stored messages carry each external id (a message stored twice counts 2).</summary>
    public async Task<Dictionary<string, long>> CountByExternalIdAsync(IEnumerable<string> externalIds)
    {
        await using var db = await Services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None);
        var rows = await db.QueryAsync<(string ExternalId, long Count)>(
            "SELECT external_id, COUNT(*) FROM messages WHERE external_id IN @ids GROUP BY external_id;", new { ids = externalIds.ToList() });
        return rows.ToDictionary(r => r.ExternalId, r => r.Count);
    }

    /// <summary>A client signed in as the seeded agent.</summary>
    public async Task<HttpClient> AgentClientAsync()
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>Waits until <paramref name="done"/> holds, failing the test after a generous bound.</summary>
    public static async Task UntilAsync(Func<Task<bool>> done, string? what = null)
    {
        var giveUp = DateTime.UtcNow + Patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < giveUp, what ?? "The mailbox reader did not get there.");
            await Task.Delay(50);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataDirectory);
        builder.UseEnvironment("Development");
        // The demo mailbox points at a server that is not there: the host must start and keep running regardless.
        builder.UseSetting("Email:ReconnectMaxSeconds", "5");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}
