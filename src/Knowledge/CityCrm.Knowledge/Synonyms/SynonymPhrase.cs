namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// An analyzed synonym entry: one term, or the terms of a phrase with their positions (a stop word
/// inside the phrase leaves a gap, as it does in the index).
/// </summary>
internal sealed record SynonymPhrase(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    public bool IsPhrase => Terms.Count > 1;

    public string Key { get; } = string.Join(' ', Terms);

    public bool Equals(SynonymPhrase? other) => other is not null && other.Key == Key;

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Key;
}
