using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Meta's customer-service window: free-form messages may be sent for 24 hours after the resident's last message.
/// The last message is read from the conversation's transcript, so the window survives restarts and needs no table
/// of its own, and moves with the host's clock.
/// </summary>
public sealed class CustomerServiceWindow(IConversationStore store, TimeProvider clock)
{
    /// <summary>How long after the resident's last message the city may write freely.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    /// <summary>How long after it a person may still answer on Messenger with the HUMAN_AGENT tag.</summary>
    public static readonly TimeSpan HumanAgentLength = TimeSpan.FromDays(7);

    private const int PageSize = 500;

    /// <summary>The window of the conversation now: when the resident last wrote, and when that lets us write until.</summary>
    public async Task<ChannelWindow> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var last = await LastInboundAsync(conversationId, cancellationToken);
        return new ChannelWindow(last, last + Length, last is { } at && clock.GetUtcNow() < at + Length);
    }

    /// <summary>When the resident last wrote in the conversation, or null when they never did.</summary>
    public async Task<DateTimeOffset?> LastInboundAsync(string conversationId, CancellationToken cancellationToken)
    {
        DateTimeOffset? last = null;
        var after = 0L;
        while (true)
        {
            var page = await store.GetMessagesAsync(conversationId, after, PageSize, cancellationToken);
            foreach (var message in page.Where(m => m.Direction == MessageDirection.Incoming && m.AuthorKind == AuthorKind.Contact))
                last = message.CreatedAt > last || last is null ? message.CreatedAt : last;
            if (page.Count < PageSize)
                return last;
            after = page[^1].Sequence;
        }
    }
}
