using System.Net.Http.Json;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Model;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.EndToEnd;

/// <summary>
/// The journeys with both real servers: a new mail answered by the bot over SMTP, the resident's reply joining
/// the same conversation, an agent's threaded reply, and an auto-reply that gets no answer.
/// </summary>
public sealed class MailJourneyTests(MailJourneyFactory host) : IClassFixture<MailJourneyFactory>
{
    private static string NewResident() => $"resident.{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task NewMailThenReplyThenAgent_OneThreadedConversationAnsweredBySmtp()
    {
        var resident = NewResident();
        var first = Mails.From(resident, host.Mailbox, "Trash pickup", "When is my trash picked up?");

        await host.Imap.AppendAsync(host.Mailbox, first);

        var answer = Assert.Single(await host.Smtp.WaitForAsync(resident));
        Assert.Equal(first.MessageId, answer.InReplyTo);
        Assert.Equal("Re: Trash pickup", answer.Subject);
        Assert.Equal(host.Mailbox, answer.From.Mailboxes.Single().Address);
        Assert.Equal("auto-replied", answer.Headers[HeaderId.AutoSubmitted]);
        var conversationId = await host.ConversationOfAsync(first.MessageId!);

        var reply = Mails.From(resident, host.Mailbox, "Re: Trash pickup", "Thanks. Can I talk to a person about a missed pickup?", inReplyTo: answer.MessageId);
        await host.Imap.AppendAsync(host.Mailbox, reply);

        Assert.Equal(conversationId, await host.ConversationOfAsync(reply.MessageId!));
        await InboundHostFactory.UntilAsync(async () => (await host.Conversations.GetAsync(conversationId, CancellationToken.None))!.Status == ConversationStatus.Queued,
            "The resident's request for a person did not queue the conversation.");
        var agent = await host.AgentClientAsync();
        Assert.True((await agent.PostAsync($"/api/agent/conversations/{conversationId}/take", null)).IsSuccessStatusCode);
        var sent = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/messages", new { text = "Hi, this is Alex from 311. The crew comes back tomorrow." });
        Assert.True(sent.IsSuccessStatusCode);

        var mails = await host.Smtp.WaitForAsync(resident, count: 3);
        var fromAgent = Assert.Single(mails, m => m.TextBody?.Contains("this is Alex") == true);
        Assert.Equal(reply.MessageId, fromAgent.InReplyTo);
        Assert.Contains(first.MessageId, fromAgent.References);
        Assert.Contains(answer.MessageId, fromAgent.References);
        Assert.False(fromAgent.Headers.Contains(HeaderId.AutoSubmitted));
        Assert.Equal(2, (await host.TranscriptAsync(conversationId)).Count(m => m.Direction == MessageDirection.Incoming));
    }

    [Fact]
    public async Task AutoReplyFromAResident_StoredAndNeverAnswered()
    {
        var resident = NewResident();
        var outOfOffice = Mails.From(resident, host.Mailbox, "Automatic reply: Your request", "I am out of the office until Monday.");
        outOfOffice.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var control = Mails.From(resident, host.Mailbox, "Streetlight", "The streetlight on Elm Street is out.");

        await host.Imap.AppendAsync(host.Mailbox, outOfOffice, control);

        var conversationId = await host.ConversationOfAsync(outOfOffice.MessageId!);
        // The ordinary mail after it is answered, so by then the reader and outbox have had their chance to answer both.
        var answers = await host.Smtp.WaitForAsync(resident);
        Assert.Single(answers);
        Assert.Equal(control.MessageId, answers[0].InReplyTo);
        Assert.DoesNotContain((await host.TranscriptAsync(conversationId)).Where(m => m.Direction == MessageDirection.Outgoing), _ => true);
    }
}
