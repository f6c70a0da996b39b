using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// Reads the city's synonym list: one group per line, entries separated by commas, <c>#</c> starting a
/// comment that runs to the end of the line, blank lines ignored. An entry may be a phrase
/// ("street light"). A line that cannot be a group is rejected with its line number, so an editor's
/// mistake is reported rather than silently changing what residents find.
/// </summary>
public static partial class SynonymListParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="SynonymFormatException"/> at the first bad line.</summary>
    public static IReadOnlyList<SynonymGroup> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<SynonymGroup>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var content = StripComment(lines[i]).Trim();
            if (content.Length == 0)
                continue;
            groups.Add(ParseGroup(i + 1, content));
        }
        return groups;
    }

    private static SynonymGroup ParseGroup(int line, string content)
    {
        var entries = new List<string>();
        foreach (var raw in content.Split(','))
        {
            var entry = Spaces().Replace(raw.Trim(), " ");
            if (entry.Length == 0)
                throw new SynonymFormatException(line, "empty entry (two commas in a row, or a comma at the start or end)");
            if (!entry.Any(char.IsLetterOrDigit))
                throw new SynonymFormatException(line, $"\"{entry}\" has no letters or digits");
            if (entries.Contains(entry, StringComparer.OrdinalIgnoreCase))
                throw new SynonymFormatException(line, $"\"{entry}\" appears twice in the group");
            entries.Add(entry);
        }
        if (entries.Count < 2)
            throw new SynonymFormatException(line, $"a group needs at least two entries separated by commas, found \"{content}\"");
        return new SynonymGroup(line, entries);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
