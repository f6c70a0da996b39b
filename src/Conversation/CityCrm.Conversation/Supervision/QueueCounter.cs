namespace CityCrm.Conversations.Supervision;

/// <summary>One queue's depth and its longest wait, in whole seconds (0 when empty).</summary>
public sealed record QueueCounter(string Queue, int Waiting, long LongestWaitSeconds);
