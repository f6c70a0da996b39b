using System.Threading.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Delivery;

public sealed class DeliveryStatusHubTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task MessageUpdated_AgentWatchingSmsConversation_ReceivesEachDeliveryStatus()
    {
        var conversation = await factory.Conversations.StartAsync("sms-main", "+15550501", "Noor", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        var updates = Channel.CreateUnbounded<MessageDto>();
        connection.On<MessageDto>(nameof(IAgentClient.MessageUpdated), m => updates.Writer.TryWrite(m));
        await connection.StartAsync();
        await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), conversation.Id);

        var reply = await factory.Conversations.SendAsync(conversation.Id,
            new OutgoingMessage(AuthorKind.Agent, "agent-1", "Alex Agent", "Your pothole report is in."), CancellationToken.None);
        var queued = await NextAsync(updates, m => m.Sequence == reply.Sequence && m.DeliveryStatus == "queued");
        var handedOver = factory.Sender.Sent.Single(d => d.ConversationId == conversation.Id && d.Sequence == reply.Sequence);
        Assert.Equal(("sms-main", "+15550501", "Your pothole report is in."), (handedOver.InboxId, handedOver.Address, handedOver.Activity.Text));
        var stored = (await factory.Conversations.GetTranscriptAsync(conversation.Id, reply.Sequence - 1, 1, CancellationToken.None)).Single();
        var reports = factory.Services.GetRequiredService<IDeliveryReports>();
        await reports.ReportAsync(new DeliveryReport("sms", stored.ProviderMessageId!, "undelivered", "30003", DateTimeOffset.UtcNow), CancellationToken.None);

        var undelivered = await NextAsync(updates, m => m.Sequence == reply.Sequence && m.DeliveryStatus == "undelivered");
        Assert.Equal("Your pothole report is in.", queued.Text);
        Assert.Equal("30003", undelivered.DeliveryError);
        Assert.Equal("pending", reply.DeliveryStatus);
    }

    private static async Task<T> NextAsync<T>(Channel<T> channel, Func<T, bool> match)
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
