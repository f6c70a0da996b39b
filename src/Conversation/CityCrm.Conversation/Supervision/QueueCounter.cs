namespace CityCrm.Conversations.Supervision;

/// <summary>One queue's depth and its longest wait, in whole seconds (0 when empty).</summary>
/// <param name="Queue">"department/language".</param>
/// <param name="Waiting">Conversations waiting in it, offered ones included.</param>
/// <param name="LongestWaitSeconds">How long the oldest has waited.</param>
/// <param name="Offered">Of those waiting, how many are being offered to an agent right now.</param>
/// <param name="SlaTargetSeconds">The queue's waiting-time target.</param>
public sealed record QueueCounter(string Queue, int Waiting, long LongestWaitSeconds, int Offered, int SlaTargetSeconds);
