namespace CityCrm.Conversations.Observability;

/// <summary>One queue's depth and how long its longest-waiting conversation has waited, as the gauges report them.</summary>
public sealed record QueueReading(string Name, long Depth, double LongestWaitSeconds);
