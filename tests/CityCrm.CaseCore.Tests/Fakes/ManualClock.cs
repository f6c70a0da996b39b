namespace CityCrm.CaseCore.Tests.Fakes;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public static ManualClock At2026() => new(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
