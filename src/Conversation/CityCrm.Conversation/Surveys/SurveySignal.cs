namespace CityCrm.Conversations.Surveys;

/// <summary>Wakes the survey worker when a survey is scheduled, so one due at once need not wait for the next poll.</summary>
public sealed class SurveySignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every run scheduled meanwhile.
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
