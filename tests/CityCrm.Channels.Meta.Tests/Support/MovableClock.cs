namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>The system clock, moved forward on demand (a day later, the 24-hour window has closed). Timers run as usual.</summary>
public sealed class MovableClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
