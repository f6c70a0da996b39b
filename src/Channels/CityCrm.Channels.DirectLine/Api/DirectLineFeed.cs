using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>One page of a conversation's feed: the visible activities and the sequence read up to.</summary>
internal sealed record FeedPage(IReadOnlyList<Activity> Activities, long Watermark, bool More);

/// <summary>
/// The transcript as a Direct Line client sees it: stored messages after a watermark (the message sequence),
/// minus private notes and system entries. The watermark moves past hidden messages too, so none is read twice.
/// </summary>
internal sealed class DirectLineFeed(ConversationService conversations, IOptions<DirectLineOptions> options)
{
    public async Task<FeedPage> ReadAfterAsync(string conversationId, long watermark, string origin, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        var messages = await conversations.GetTranscriptAsync(conversationId, watermark, pageSize, cancellationToken);
        var activities = messages
            .Where(DirectLineActivityMapper.IsVisible)
            .Select(m => DirectLineActivityMapper.ToWire(m, origin))
            .ToList();
        var last = messages.Count > 0 ? messages[^1].Sequence : watermark;
        return new FeedPage(activities, last, messages.Count == pageSize);
    }
}
