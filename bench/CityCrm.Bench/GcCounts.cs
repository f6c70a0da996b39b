namespace CityCrm.Bench;

/// <summary>
/// Garbage collections per generation, and the time the process was paused for them, since a starting
/// point: pauses of a collection show as tail latency.
/// </summary>
internal sealed record GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public GcCounts Since(GcCounts start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Paused - start.Paused);

    public override string ToString() =>
        FormattableString.Invariant($"{Gen0} collections (gen1 {Gen1}, gen2 {Gen2}), paused {Paused.TotalMilliseconds:0.0} ms in all");
}
