using System.Collections.Concurrent;
using CityCrm.Channels;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>
/// An SMS sender that records every hand-over and answers as <see cref="Answer"/> decides (accepted by default),
/// standing in for the provider: the Twilio sender itself is tested against a local HTTP server.
/// </summary>
public sealed class RecordingSender(TimeProvider clock, int maxTextLength = 160) : IChannelSender
{
    private int accepted;

    public string ChannelId => ChannelIds.Sms;

    public int MaxTextLength => maxTextLength;

    /// <summary>Decides each outcome; null (the default) accepts.</summary>
    public Func<OutboundDelivery, SendOutcome?> Answer { get; set; } = _ => null;

    /// <summary>Every hand-over with the fake time it happened and the outcome given, in order.</summary>
    public ConcurrentQueue<(OutboundDelivery Delivery, DateTimeOffset At, SendOutcome Outcome)> Calls { get; } = new();

    public IReadOnlyList<string?> AcceptedTexts =>
        Calls.Where(c => c.Outcome.Kind == SendOutcomeKind.Accepted).Select(c => c.Delivery.Activity.Text).ToList();

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        var outcome = Answer(delivery) ?? SendOutcome.Accepted($"SM{Interlocked.Increment(ref accepted):D4}", "queued");
        Calls.Enqueue((delivery, clock.GetUtcNow(), outcome));
        return Task.FromResult(outcome);
    }
}
