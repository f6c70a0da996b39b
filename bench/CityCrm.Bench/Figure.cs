using System.Globalization;

namespace CityCrm.Bench;

/// <summary>
/// One measured figure beside its floor (the cheapest comparable work, measured in the same run) and its
/// target, if the figure has one. The ratio is always value / floor.
/// </summary>
internal sealed record Figure(string Name, double Value, double Floor, string Unit, double? Target, bool LowerIsBetter)
{
    public double Ratio => Floor > 0 ? Value / Floor : double.NaN;

    public string Verdict => Target switch
    {
        null => "-",
        { } t when LowerIsBetter => Value < t ? "ok" : "MISS",
        { } t => Value > t ? "ok" : "MISS",
    };

    public string TargetText => Target switch
    {
        null => "-",
        { } t => $"{(LowerIsBetter ? "<" : ">")}{Format(t)}{Unit}",
    };

    public string Line(int nameWidth) =>
        string.Join("  ",
            Name.PadRight(nameWidth),
            (Format(Value) + Unit).PadLeft(12),
            (Format(Floor) + Unit).PadLeft(12),
            Ratio.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(7) + "x",
            TargetText.PadLeft(10),
            Verdict);

    public static string Header(int nameWidth) =>
        string.Join("  ", "name".PadRight(nameWidth), "value".PadLeft(12), "floor".PadLeft(12), "ratio".PadLeft(8), "target".PadLeft(10), "ok/MISS");

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        >= 1 => value.ToString("0.00", CultureInfo.InvariantCulture),
        _ => value.ToString("0.000", CultureInfo.InvariantCulture),
    };
}
