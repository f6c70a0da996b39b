using System.Threading.Channels;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// In-memory hand-over to the bot worker. Losing it in a crash loses nothing:
/// the messages are stored unhandled and the worker picks them up again at start.
/// </summary>
public sealed class BotTurnQueue : IBotTurnQueue
{
    private readonly Channel<BotTurnRequest> channel = Channel.CreateUnbounded<BotTurnRequest>(new UnboundedChannelOptions { SingleReader = false });

    public ChannelReader<BotTurnRequest> Reader => channel.Reader;

    public void Enqueue(BotTurnRequest request) => channel.Writer.TryWrite(request);
}
