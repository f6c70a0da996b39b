using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using CityCrm.Channels.DirectLine.Api;
using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket on one conversation. It first replays what was stored after the client's watermark,
/// then sends live messages. Everything goes out in sequence order exactly once: the session keeps the last
/// sequence it covered, skips what is at or below it, and reads the store again whenever a live message
/// is not the next one (a replay still running, messages published out of order, or notifications dropped
/// because the client is slow). The store commits before it publishes, so a re-read never has gaps.
/// </summary>
internal sealed class DirectLineStreamSession(
    WebSocket socket, string conversationId, long watermark, DirectLineFeed feed, DirectLineStreamBroker broker, string origin)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    // Stored messages, a typing activity that is sent once and never replayed, or neither: read the store again.
    private readonly Channel<(Message? Message, Activity? Typing)> live = Channel.CreateBounded<(Message?, Activity?)>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private long covered = watermark;

    public string ConversationId => conversationId;

    public void Notify(Message message) => live.Writer.TryWrite((message, null));

    public void NotifyTyping(Activity typing) => live.Writer.TryWrite((null, typing));

    /// <summary>Something was stored that this node raised no event for: catch up from the store.</summary>
    public void Wake() => live.Writer.TryWrite((null, null));

    /// <summary>Runs until the client closes, the connection drops, or the server stops.</summary>
    public async Task RunAsync(CancellationToken connectionAborted, CancellationToken serverStopping)
    {
        // Attach before the replay reads the store: a message committed meanwhile is then in one or both, never in neither.
        using var attachment = broker.Attach(this);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(connectionAborted, serverStopping);
        var receiving = ReceiveUntilClosedAsync(stop, connectionAborted);
        try
        {
            await CatchUpAsync(stop.Token);
            await foreach (var (message, typing) in live.Reader.ReadAllAsync(stop.Token))
            {
                if (message is not null)
                    await DeliverAsync(message, stop.Token);
                else if (typing is not null)
                    await SendFrameAsync(typing, covered, stop.Token);
                else
                    await CatchUpAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            await CloseAsync(receiving, serverStopping.IsCancellationRequested);
        }
    }

    private async Task DeliverAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.Sequence <= covered)
            return;
        if (message.Sequence != covered + 1)
        {
            await CatchUpAsync(cancellationToken);
            return;
        }
        covered = message.Sequence;
        if (DirectLineActivityMapper.IsVisible(message))
            await SendAsync([DirectLineActivityMapper.ToWire(message, origin)], cancellationToken);
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await feed.ReadAfterAsync(conversationId, covered, origin, cancellationToken);
            if (page.Watermark <= covered)
                return;
            covered = page.Watermark;
            if (page.Activities.Count > 0)
                await SendAsync(page.Activities, cancellationToken);
            if (!page.More)
                return;
        }
    }

    // One activity per frame: the official client emits a frame's activities on an async scheduler and merges
    // frames concurrently, so a second frame arriving mid-way overtakes the rest of the first (the resident's
    // own echo showed up after the bot's answer to it). Each frame carries its activity's watermark; the last
    // carries the covered sequence, which may be past hidden messages.
    private async Task SendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var watermark = i == activities.Count - 1 ? covered : DirectLineActivityMapper.SequenceOf(activities[i].Id!);
            await SendFrameAsync(activities[i], watermark, cancellationToken);
        }
    }

    private async Task SendFrameAsync(Activity activity, long watermark, CancellationToken cancellationToken)
    {
        var frame = new ActivitySet([activity], watermark.ToString(CultureInfo.InvariantCulture));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame, ActivityJson.Options);
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    // The client only sends keep-alives (empty messages every 20 s) and the close handshake: both are read and dropped.
    private async Task ReceiveUntilClosedAsync(CancellationTokenSource stop, CancellationToken connectionAborted)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, connectionAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private async Task CloseAsync(Task receiving, bool serverStopping)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                var status = serverStopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(status, null, timeout.Token);
            }
            await receiving.WaitAsync(CloseTimeout);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
        }
    }
}
