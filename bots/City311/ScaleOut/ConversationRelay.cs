using CityCrm.Channels.DirectLine.Streaming;
using CityCrm.Conversations.Events;
using StackExchange.Redis;

namespace CityCrm.City311.ScaleOut;

/// <summary>
/// Tells the other nodes that a conversation has a new stored message, so a resident's Direct Line stream held open on
/// one node shows what was stored on another (an agent's reply typed into a console served by a different node) at
/// once. The notice names only the conversation; each node's streams read the message from the shared store, so a lost
/// or repeated notice never loses or repeats a message (the next notice or reconnect catches up).
/// </summary>
public sealed class ConversationRelay(RedisLink link, IDirectLineStreams streams, ILogger<ConversationRelay> logger)
    : BackgroundService, IDomainEventHandler<MessageAppended>, ILiveEventHandler
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("citycrm:messages");
    private readonly string self = Guid.NewGuid().ToString("N");

    /// <summary>Announces the message's conversation; never waits for Redis (it runs inside the event publisher).</summary>
    public Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken)
    {
        if (link.IsConnected)
            _ = AnnounceAsync(domainEvent.Message.ConversationId);
        return Task.CompletedTask;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        link.SubscribeAsync(Channel, OnNotice, logger, stoppingToken);

    private async Task AnnounceAsync(string conversationId)
    {
        try
        {
            var redis = await link.GetAsync();
            await redis.GetSubscriber().PublishAsync(Channel, $"{self} {conversationId}");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Streams on other nodes catch up with the conversation's next message or their client's reconnect.
            logger.LogDebug(ex, "Announcing a new message in {ConversationId} failed", conversationId);
        }
    }

    private void OnNotice(RedisValue notice)
    {
        var parts = notice.ToString().Split(' ', 2);
        if (parts.Length == 2 && parts[0] != self)
            streams.Wake(parts[1]);
    }
}
