namespace CityCrm.Channels.Meta.Outbound;

/// <summary>Where a conversation stands with Meta's 24-hour customer-service window.</summary>
/// <param name="LastInboundAt">When the resident last wrote, or null when they never did.</param>
/// <param name="ClosesAt">When free-form messages stop being allowed, or null when they never were.</param>
/// <param name="IsOpen">Whether a free-form message may be sent now.</param>
public sealed record ChannelWindow(DateTimeOffset? LastInboundAt, DateTimeOffset? ClosesAt, bool IsOpen);
