using System.Threading.Channels;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Runs bot turns out of band. A conversation's turns run one at a time, in order, in the lane its id hashes to;
/// the lanes (<see cref="ConversationOptions.BotTurnLanes"/>) run side by side.
/// At start it first takes up messages stored but never answered (the process stopped in between).
/// A turn that fails is logged, marked handled and answered with an apology, so it never loops.
/// </summary>
public sealed class BotTurnWorker(
    BotTurnQueue queue,
    BotTurnSignals signals,
    IConversationStore store,
    IServiceProvider services,
    IOptions<BotMessages> messages,
    IOptions<ConversationOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<BotTurnWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Other start-up work (seeding and indexing the knowledge base) must finish before the bot answers.
        await WhenStartedAsync(stoppingToken);
        var missing = messages.Value.Missing().ToList();
        if (missing.Count > 0)
            logger.LogError("Bot messages missing: {Missing}", string.Join(", ", missing));
        foreach (var left in await store.GetUnhandledIncomingAsync(10_000, stoppingToken))
            queue.Enqueue(new BotTurnRequest(left.ConversationId, left.Sequence));

        var lanes = Enumerable.Range(0, Math.Max(1, options.Value.BotTurnLanes))
            .Select(_ => Channel.CreateUnbounded<BotTurnRequest>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true }))
            .ToArray();
        var running = lanes.Select(lane => Task.Run(() => RunLaneAsync(lane.Reader, stoppingToken), CancellationToken.None)).ToList();
        try
        {
            await foreach (var request in queue.Reader.ReadAllAsync(stoppingToken))
                lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(request.ConversationId) % (uint)lanes.Length)].Writer.TryWrite(request);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        foreach (var lane in lanes)
            lane.Writer.TryComplete();
        await Task.WhenAll(running);
    }

    private async Task RunLaneAsync(ChannelReader<BotTurnRequest> lane, CancellationToken stoppingToken)
    {
        // The start-up scan and a message arriving at that moment can queue the same turn twice: run it once.
        // Both land in the same lane (same conversation), so each lane keeps its own record.
        var done = new HashSet<BotTurnRequest>();
        await foreach (var request in lane.ReadAllAsync(CancellationToken.None))
        {
            if (stoppingToken.IsCancellationRequested)
                return;
            if (done.Count >= 100_000)
                done.Clear();
            if (!done.Add(request))
                continue;
            try
            {
                await services.GetRequiredService<BotTurnRunner>().RunAsync(request, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Bot turn failed for conversation {ConversationId} message {Sequence}", request.ConversationId, request.Sequence);
                await ApologizeAsync(request, stoppingToken);
            }
            signals.Completed(request.ConversationId, request.Sequence);
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    private async Task ApologizeAsync(BotTurnRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.Sequence > 0)
                await store.MarkHandledAsync(request.ConversationId, request.Sequence, cancellationToken);
            var responder = services.GetRequiredService<BotResponder>();
            if (await store.GetAsync(request.ConversationId, cancellationToken) is { } conversation)
                await responder.ReplyAsync(conversation, messages.Value.Error, [], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not apologize in conversation {ConversationId}", request.ConversationId);
        }
    }
}
