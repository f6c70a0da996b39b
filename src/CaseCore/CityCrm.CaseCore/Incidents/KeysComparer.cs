namespace CityCrm.CaseCore.Incidents;

/// <summary>Street key lists as equal when they hold the same keys in order, so "Elm St" and "ELM STREET" group together.</summary>
internal sealed class KeysComparer : IEqualityComparer<IReadOnlyList<string>>
{
    public static KeysComparer Instance { get; } = new();

    public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

    public int GetHashCode(IReadOnlyList<string> keys) => string.Join('|', keys).GetHashCode(StringComparison.Ordinal);
}
