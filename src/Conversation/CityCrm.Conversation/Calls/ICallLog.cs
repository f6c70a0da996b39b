namespace CityCrm.Conversations.Calls;

/// <summary>The phone calls the city took, one row per call, durable like the transcript.</summary>
public interface ICallLog
{
    /// <summary>Records a call that started; false (and nothing changed) when it is already recorded (a retried webhook).</summary>
    Task<bool> StartAsync(PhoneCall call, CancellationToken cancellationToken);

    Task<PhoneCall?> GetAsync(string callId, CancellationToken cancellationToken);

    /// <summary>
    /// Closes a call with its final status and duration; false when the call is unknown or was already closed
    /// (providers repeat their final callback), so the caller records the end once.
    /// </summary>
    Task<bool> EndAsync(string callId, string status, int? durationSeconds, DateTimeOffset endedAt, CancellationToken cancellationToken);
}
