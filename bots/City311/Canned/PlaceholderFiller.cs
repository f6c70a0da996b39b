using System.Text.RegularExpressions;

namespace CityCrm.City311.Canned;

/// <summary>
/// Fills <c>{{name}}</c>-style placeholders. One without a value (unknown, or not known for this resident) stays as
/// written, so the agent sees it and fills it in: a reply never goes out with a silent blank.
/// </summary>
public static partial class PlaceholderFiller
{
    /// <summary>The text with every placeholder that has a value replaced, and the names of those left as written.</summary>
    public static FilledText Fill(string text, IReadOnlyDictionary<string, string?> values)
    {
        var missing = new List<string>();
        var filled = Placeholder().Replace(text, match =>
        {
            var name = match.Groups[1].Value.ToLowerInvariant();
            if (values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
                return value.Trim();
            if (!missing.Contains(name))
                missing.Add(name);
            return match.Value;
        });
        return new FilledText(filled, missing);
    }

    /// <summary>True when the text still holds a placeholder.</summary>
    public static bool HasPlaceholder(string text) => Placeholder().IsMatch(text);

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Placeholder();
}
