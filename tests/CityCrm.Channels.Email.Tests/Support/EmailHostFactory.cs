using System.Net;
using System.Net.Http.Json;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// The real host in memory on its own data folder, with the 311 mailbox (inbox "email-311") sending through the
/// SMTP server on the given port, so replies go through the real outbox, dispatcher and SMTP sender.
/// </summary>
public sealed class EmailHostFactory(int smtpPort) : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-email-host-").FullName;

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    /// <summary>An HTTP client signed in as the demo agent.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    /// <summary>The message with <paramref name="sequence"/> once <paramref name="done"/> holds for it (or as it is after a minute).</summary>
    public async Task<Message> WaitForMessageAsync(string conversationId, long sequence, Func<Message, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var message = (await Conversations.GetTranscriptAsync(conversationId, sequence - 1, 1, CancellationToken.None)).Single();
            if (done(message) || DateTime.UtcNow > deadline)
                return message;
            await Task.Delay(100);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Conversations:Inboxes:20:Id", EmailServices.Inbox);
        builder.UseSetting("Conversations:Inboxes:20:ChannelId", "email");
        builder.UseSetting("Conversations:Inboxes:20:Name", "311 mailbox");
        builder.UseSetting("Email:Mailboxes:0:InboxId", EmailServices.Inbox);
        builder.UseSetting("Email:Mailboxes:0:Address", EmailServices.MailboxAddress);
        builder.UseSetting("Email:Mailboxes:0:DisplayName", "Riverton 311");
        builder.UseSetting("Email:Mailboxes:0:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Mailboxes:0:Smtp:Port", $"{smtpPort}");
        builder.UseSetting("Email:Mailboxes:0:Smtp:Security", "None");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
