using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Channels.Twilio.Tests.Voice;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>
/// The delivery mark of an agent's SMS reply on the console: Twilio's status callback (signed by the npm library as
/// Twilio signs it) reaches the watching console as a <c>MessageUpdated</c> push for that very message.
/// </summary>
public sealed class ConsoleDeliveryMarkTests(OpenLine line) : IClassFixture<OpenLine>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(20);

    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    [Theory]
    [InlineData("status-delivered.form", "delivered")]
    [InlineData("status-undelivered.form", "undelivered")]
    public async Task StatusCallback_ForTheAgentsSmsReply_PushesTheNewMarkToTheWatchingConsole(string file, string status)
    {
        var (_, resident) = line.NewCall();
        Assert.Equal(HttpStatusCode.OK, (await twilio.PostAsync("/twilio/sms", Journey.Sms(resident, "Can I talk to a person please"))).StatusCode);
        var conversation = await Eventually.FindAsync(async () => await QueuedAsync(resident));
        var (agent, cookie) = await Journey.SignInAgentAsync(line);
        Assert.True((await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null)).IsSuccessStatusCode);
        await using var hub = Journey.AgentHub(line, cookie);
        var updates = Channel.CreateUnbounded<MessageDto>();
        hub.On<MessageDto>(nameof(IAgentClient.MessageUpdated), m => updates.Writer.TryWrite(m));
        await hub.StartAsync();
        await hub.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), conversation.Id);

        var reply = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = "Hi, this is Alex from 311." });
        var sequence = (await reply.Content.ReadFromJsonAsync<MessageDto>())!.Sequence;
        // Handed to Twilio: the mark moves from waiting to what Twilio answered, with the message's sid.
        var handed = await NextAsync(updates, m => m.Sequence == sequence && m.DeliveryStatus is not ("pending" or "sending"));
        var sid = await Eventually.FindAsync(async () => (await line.TranscriptAsync(conversation.Id))
            .FirstOrDefault(m => m.Sequence == sequence && m.ProviderMessageId is not null));
        var callback = Payload.Load(file).With("MessageSid", sid.ProviderMessageId!).With("SmsSid", sid.ProviderMessageId!)
            .With("To", resident).With("From", TestAccount.Number);

        Assert.Equal(HttpStatusCode.NoContent, (await twilio.PostAsync("/twilio/sms/status", callback)).StatusCode);

        var marked = await NextAsync(updates, m => m.Sequence == sequence && m.DeliveryStatus == status);
        Assert.NotEqual(status, handed.DeliveryStatus);
        Assert.Equal((conversation.Id, "agent"), (marked.ConversationId, marked.Author));
    }

    private async Task<Conversation?> QueuedAsync(string resident)
    {
        var store = line.Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(TestAccount.SmsInbox, resident, null, CancellationToken.None);
        return await store.FindLatestAsync(TestAccount.SmsInbox, contact.Id, CancellationToken.None) is { Status: ConversationStatus.Queued } c ? c : null;
    }

    private static async Task<MessageDto> NextAsync(Channel<MessageDto> channel, Func<MessageDto, bool> match)
    {
        using var timeout = new CancellationTokenSource(PushTimeout);
        await foreach (var item in channel.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(item))
                return item;
        }
        throw new InvalidOperationException("The channel closed.");
    }
}
