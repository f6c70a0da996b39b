namespace CityCrm.Conversations.Supervision;

/// <summary>How many dashboards are connected: with none, nothing is counted or pushed.</summary>
public sealed class SupervisorAudience
{
    private int connected;

    public int Connected => Volatile.Read(ref connected);

    public void Joined() => Interlocked.Increment(ref connected);

    public void Left() => Interlocked.Decrement(ref connected);
}
