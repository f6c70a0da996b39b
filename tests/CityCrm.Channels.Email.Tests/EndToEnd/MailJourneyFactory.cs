using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.EndToEnd;

/// <summary>
/// The real host in memory with its own mailbox reader on a real Dovecot mailbox and its replies sent to a real maildev:
/// mail goes in by IMAP APPEND, answers come out by SMTP, as they would for the city's 311@ address.
/// </summary>
public sealed class MailJourneyFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-mail-journey-").FullName;

    public DovecotServer Imap { get; } = new();

    public MailDevServer Smtp { get; } = new();

    /// <summary>The city's mailbox on the IMAP server; the host reads it and sends from it.</summary>
    public string Mailbox { get; private set; } = "";

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Imap).InitializeAsync();
        await Smtp.StartAsync();
        Mailbox = Imap.NewUser();
    }

    /// <summary>The conversation the email with <paramref name="messageId"/> was stored in, once the host's reader has read it.</summary>
    public async Task<string> ConversationOfAsync(string messageId)
    {
        string? found = null;
        await InboundHostFactory.UntilAsync(async () =>
            (found = await Services.GetRequiredService<IMailThreads>().FindConversationAsync("email", [messageId], CancellationToken.None)) is not null);
        return found!;
    }

    public async Task<IReadOnlyList<Message>> TranscriptAsync(string conversationId) =>
        await Conversations.GetTranscriptAsync(conversationId, 0, 500, CancellationToken.None);

    public async Task<HttpClient> AgentClientAsync()
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        builder.UseEnvironment("Development");
        builder.UseSetting("Email:PollSeconds", "1");
        builder.UseSetting("Email:ReconnectMaxSeconds", "2");
        builder.UseSetting("Email:Mailboxes:0:Address", Mailbox);
        builder.UseSetting("Email:Mailboxes:0:Imap:Host", "127.0.0.1");
        builder.UseSetting("Email:Mailboxes:0:Imap:Port", $"{Imap.Port}");
        builder.UseSetting("Email:Mailboxes:0:Imap:UserName", Mailbox);
        builder.UseSetting("Email:Mailboxes:0:Imap:Password", DovecotServer.Password);
        builder.UseSetting("Email:Mailboxes:0:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Mailboxes:0:Smtp:Port", $"{Smtp.SmtpPort}");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await ((IAsyncLifetime)Smtp).DisposeAsync();
        await Imap.DisposeAsync();
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
