using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CityCrm.Channels;

namespace CityCrm.City311.Tests.Portal;

/// <summary>Stands in for the SMS or email provider: accepts every message and keeps it, so a test can read a sign-in code.</summary>
public sealed partial class CapturingSender(string channelId) : IChannelSender
{
    public string ChannelId => channelId;

    public int MaxTextLength => 0;

    public ConcurrentQueue<OutboundDelivery> Sent { get; } = new();

    public Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        Sent.Enqueue(delivery);
        return Task.FromResult(SendOutcome.Accepted("captured-" + Sent.Count, "queued"));
    }

    /// <summary>The sign-in codes sent to <paramref name="address"/> so far (not the bot's or agents' messages).</summary>
    public List<OutboundDelivery> CodesTo(string address) =>
        [.. Sent.Where(d => d.Address == address && d.ConversationId.StartsWith("signin-", StringComparison.Ordinal))];

    /// <summary>Waits for the <paramref name="count"/>th sign-in code sent to <paramref name="address"/> and returns it.</summary>
    public async Task<string> WaitForCodeAsync(string address, int count = 1)
    {
        for (var i = 0; i < 400; i++)
        {
            var to = CodesTo(address);
            if (to.Count >= count)
                return SixDigits().Match(to[count - 1].Activity.Text ?? "").Value;
            await Task.Delay(25);
        }
        throw new TimeoutException($"No sign-in code reached {address}.");
    }

    [GeneratedRegex(@"\b[0-9]{6}\b")]
    private static partial Regex SixDigits();
}
