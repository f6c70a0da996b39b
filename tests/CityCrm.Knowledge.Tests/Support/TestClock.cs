namespace CityCrm.Knowledge.Tests.Support;

/// <summary>A clock that shows a set time until moved on.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
