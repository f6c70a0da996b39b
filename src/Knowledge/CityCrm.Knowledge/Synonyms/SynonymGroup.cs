namespace CityCrm.Knowledge.Synonyms;

/// <summary>One line of the synonym list: words or phrases the city treats as meaning the same.</summary>
/// <param name="Line">The 1-based line of the group in its file, for error messages.</param>
/// <param name="Entries">The entries as written (trimmed, inner spaces collapsed), at least two.</param>
public sealed record SynonymGroup(int Line, IReadOnlyList<string> Entries);
