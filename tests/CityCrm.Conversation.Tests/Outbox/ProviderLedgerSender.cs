using System.Collections.Concurrent;
using CityCrm.Channels;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>
/// An SMS provider that keeps every message it accepted and can be asked for them, standing in for Twilio's create and
/// list calls (the Twilio sender itself is tested against a local HTTP server).
/// </summary>
public sealed class ProviderLedgerSender(TimeProvider clock) : IChannelSender, ISentMessageLookup
{
    private int accepted;

    public string ChannelId => ChannelIds.Sms;

    public int MaxTextLength => 160;

    /// <summary>What the provider accepted, in order: id, address and text.</summary>
    public ConcurrentQueue<(string Id, string Address, string? Text, DateTimeOffset At)> Accepted { get; } = new();

    /// <summary>Set to make the list call fail, as during an outage.</summary>
    public bool ListUnavailable { get; set; }

    /// <summary>Accepts a message without anyone recording it: what a crash right after the provider's answer leaves.</summary>
    public string AcceptUnrecorded(string address, string text)
    {
        var id = $"SM{Interlocked.Increment(ref accepted):D4}";
        Accepted.Enqueue((id, address, text, clock.GetUtcNow()));
        return id;
    }

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Accepted(AcceptUnrecorded(delivery.Address, delivery.Activity.Text ?? ""), "queued"));

    public Task<SentLookup> FindSentAsync(OutboundDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(ListUnavailable
            ? SentLookup.Unavailable("HTTP 503")
            : SentLookup.Found([.. Accepted
                .Where(a => a.Address == delivery.Address && a.Text == delivery.Activity.Text && a.At >= since)
                .Select(a => new SentMessage(a.Id, "sent", a.At))]));
}
