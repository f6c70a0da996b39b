using CityCrm.Conversations.Model;
using CityCrm.Conversations.Observability;

namespace CityCrm.Conversations.Bot;

/// <summary>Runs one queued bot turn: greet a new conversation, or answer a stored message if the bot still owns it.</summary>
public sealed class BotTurnRunner(IConversationStore store, CityBot bot, Limits.SenderFloodGuard flood)
{
    public async Task RunAsync(BotTurnRequest request, CancellationToken cancellationToken)
    {
        var conversation = await store.GetAsync(request.ConversationId, cancellationToken);
        if (conversation is null)
            return;
        using var span = CityTelemetry.Source.StartActivity("bot turn");
        span?.SetTag("citycrm.channel", conversation.ChannelId);
        if (request.Sequence == 0)
        {
            await bot.GreetAsync(conversation, cancellationToken);
            return;
        }
        var message = (await store.GetMessagesAsync(conversation.Id, request.Sequence - 1, 1, cancellationToken)).FirstOrDefault();
        // An agent may have taken the conversation since the message was queued: then it is theirs to answer.
        // A flooding sender's messages stay stored and visible to agents; only the bot's answers stop for a while.
        if (message is { Direction: MessageDirection.Incoming } && conversation.Status == ConversationStatus.BotOwned && flood.MayAnswer(conversation))
            await bot.HandleAsync(conversation, message, cancellationToken);
        await store.MarkHandledAsync(conversation.Id, request.Sequence, cancellationToken);
    }
}
