using System.Net;
using CityCrm.Channels.Email.Tests.Support;

namespace CityCrm.Channels.Email.Tests.Imap;

/// <summary>The mail server going away: the host keeps serving, and reading resumes when the server is back.</summary>
public sealed class ServerOutageTests(DovecotServer imap, InboundHostFactory host) : IClassFixture<DovecotServer>, IClassFixture<InboundHostFactory>
{
    [Fact]
    public async Task RunAsync_ServerStoppedThenStarted_ReadingResumes()
    {
        var box = imap.NewUser();
        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        await imap.AppendAsync(box, Mails.From("gus@mail.example", box, "Before", "Before the outage.", "outage-1@mail.example"));
        await host.ConversationOfAsync("outage-1@mail.example");

        await imap.StopAsync();
        await imap.StartAsync();
        await imap.AppendAsync(box, Mails.From("gus@mail.example", box, "After", "After the outage.", "outage-2@mail.example"));

        await reader.UntilProcessedAsync(2);
        Assert.Equal(2, reader.Reader.Processed);
        Assert.NotEqual(await host.ConversationOfAsync("outage-1@mail.example"), await host.ConversationOfAsync("outage-2@mail.example"));
    }

    [Fact]
    public async Task Host_DemoMailboxServerMissing_StartsAndServes()
    {
        using var client = host.CreateClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
