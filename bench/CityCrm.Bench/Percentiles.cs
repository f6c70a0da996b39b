namespace CityCrm.Bench;

/// <summary>Nearest-rank percentiles of a set of timings.</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> values)
    {
        sorted = [.. values.Order()];
        if (sorted.Length == 0)
            throw new ArgumentException("At least one value is needed.", nameof(values));
    }

    public int Count => sorted.Length;

    public double Max => sorted[^1];

    /// <summary>The smallest value that at least <paramref name="percent"/>% of the values do not exceed.</summary>
    public double At(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Milliseconds from <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public static double Milliseconds(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
