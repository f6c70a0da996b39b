namespace CityCrm.Conversations.Bot;

/// <summary>Hands stored messages to the bot out of band, so channels acknowledge without waiting for the answer.</summary>
public interface IBotTurnQueue
{
    void Enqueue(BotTurnRequest request);
}
