namespace CityCrm.Conversations.Outreach;

/// <summary>
/// How a broadcast is doing. <see cref="Planned"/> counts everyone it goes to; <see cref="Waiting"/> those not reached
/// yet, all of them <see cref="HeldForQuietHours"/> while quiet hours last. <see cref="Sent"/> counts messages written
/// to the outbox, of which <see cref="Delivered"/> were confirmed by the provider and <see cref="Failed"/> refused;
/// <see cref="OptedOut"/> were not sent because of an opt-out (before or by the outbox).
/// </summary>
public sealed record BroadcastReport(
    int Planned, int Waiting, int HeldForQuietHours, int Sent, int Delivered, int Failed, int OptedOut, int Unreachable, int Cancelled,
    IReadOnlyDictionary<string, int> ByChannel);
