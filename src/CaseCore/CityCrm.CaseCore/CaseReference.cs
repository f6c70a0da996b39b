using System.Globalization;
using System.Text.RegularExpressions;

namespace CityCrm.CaseCore;

/// <summary>
/// Case references as residents quote them: the canonical form is "R-100001"; typed forms such as
/// "r-100001", "R 100001", "R100001", "#R-100001" or the bare number are accepted.
/// </summary>
public static partial class CaseReference
{
    /// <summary>Case numbers start here, so that every reference has six digits for a long time.</summary>
    public const long FirstNumber = 100001;

    public static string Format(long number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, FirstNumber);
        return "R-" + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The canonical reference for a typed one, or null when <paramref name="input"/> is not a reference.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var match = Whole().Match(input.Trim());
        return match.Success && long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= FirstNumber
            ? Format(n)
            : null;
    }

    /// <summary>The first reference mentioned in a sentence ("what about R-100001?"), canonical, or null.</summary>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        foreach (Match m in Embedded().Matches(text))
        {
            if (Normalize(m.Value) is { } reference)
                return reference;
        }
        return null;
    }

    [GeneratedRegex(@"^#?\s*(?:r\s*[-#]?\s*)?(?<n>\d{6,12})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"\br\s?[-#]?\s?\d{6,12}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Embedded();
}
