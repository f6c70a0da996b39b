namespace CityCrm.Bench;

/// <summary>Garbage collections per generation since a starting point: pauses of a collection show as tail latency.</summary>
internal sealed record GcCounts(int Gen0, int Gen1, int Gen2)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public GcCounts Since(GcCounts start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);

    public override string ToString() => $"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}";
}
