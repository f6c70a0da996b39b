namespace CityCrm.CaseCore.Streets;

/// <summary>A street of the city: its name, type ("Street", "Avenue"; empty for "Broadway"), other names and its numbered stretches.</summary>
public sealed record Street(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<StreetSegment> Segments)
{
    /// <summary>The canonical name: "Elm Street", "Highway 9".</summary>
    public string FullName => Type.Length == 0 ? Name : $"{Name} {Type}";

    public int LowestNumber => Segments.Count == 0 ? 0 : Segments.Min(s => Math.Min(s.From, s.To));

    public int HighestNumber => Segments.Count == 0 ? 0 : Segments.Max(s => Math.Max(s.From, s.To));

    /// <summary>Where the house number is, or null when no stretch holds it.</summary>
    public GeoPoint? Locate(int number) =>
        Segments.FirstOrDefault(s => s.Holds(number)) is { } segment ? segment.Locate(number) : null;

    public override string ToString() => FullName;
}
