using System.Text.RegularExpressions;

namespace CityCrm.CaseCore;

/// <summary>
/// Finds the first street location in a resident's text: "on Elm Street", "at 12 Main St",
/// "near 450 River Road", "Highway 9", intersections ("corner of Oak Ave and 3rd Street" gives
/// "Oak Ave &amp; 3rd Street"). A street is up to three name words ended by a street type; words such
/// as "on", "the", "my" end a name. Case is normalized ("elm street" gives "Elm Street").
/// </summary>
public sealed partial class LocationParser : ILocationParser
{
    private const int MaxNameWords = 3;

    public string? TryExtract(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var tokens = Tokenize(text);
        var allCaps = !text.Any(char.IsLower);
        // Capitalized names first, so "cars drive fast on Main St" finds Main St, not "Cars Drive".
        foreach (var proper in new[] { true, false })
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if ((StreetEndingAt(tokens, i, proper) ?? RouteAt(tokens, i)) is not { } street)
                    continue;
                var name = Render(tokens, street.Start, street.End, allCaps);
                if (CrossStreetBefore(tokens, street.Start) is { } before)
                    return $"{Render(tokens, before, street.Start - 2, allCaps)} & {name}";
                return CrossStreetAfter(tokens, street.End, allCaps) is { } after ? $"{name} & {after}" : name;
            }
        }
        return CornerOf(tokens, allCaps);
    }

    /// <summary>"[number] Name Name Type" with the type at <paramref name="typeIndex"/>: its first and last token.</summary>
    private static (int Start, int End)? StreetEndingAt(List<Token> tokens, int typeIndex, bool proper)
    {
        if (!StreetWords.IsType(tokens[typeIndex].Text))
            return null;
        var start = typeIndex;
        while (start > 0 && typeIndex - start < MaxNameWords && !tokens[start].BoundaryBefore
               && StreetWords.IsNameWord(tokens[start - 1].Text) && (!proper || StreetWords.LooksProper(tokens[start - 1].Text)))
            start--;
        if (start == typeIndex)
            return null;
        if (start > 0 && typeIndex - start < MaxNameWords && !tokens[start].BoundaryBefore && StreetWords.IsDirection(tokens[start - 1].Text))
            start--;
        if (start > 0 && !tokens[start].BoundaryBefore && StreetWords.IsHouseNumber(tokens[start - 1].Text))
            start--;
        return (start, typeIndex);
    }

    /// <summary>"Highway 9", "Route 30".</summary>
    private static (int Start, int End)? RouteAt(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && StreetWords.IsRouteType(tokens[i].Text) && !tokens[i + 1].BoundaryBefore
        && tokens[i + 1].Text.All(char.IsDigit)
            ? (i, i + 1)
            : null;

    /// <summary>The first token of "Oak and" in "Oak and Elm St": a capitalized name (any case after "corner of").</summary>
    private static int? CrossStreetBefore(List<Token> tokens, int start)
    {
        var connector = start - 1;
        if (connector < 1 || !StreetWords.IsConnector(tokens[connector].Text) || tokens[start].BoundaryBefore)
            return null;
        var first = connector;
        while (first > 0 && connector - first < MaxNameWords && !tokens[first].BoundaryBefore
               && StreetWords.IsNameWord(tokens[first - 1].Text))
            first--;
        if (first == connector)
            return null;
        var afterCue = first >= 2 && tokens[first - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && Cue().IsMatch(tokens[first - 2].Text);
        return afterCue || Enumerable.Range(first, connector - first).All(k => StreetWords.LooksProper(tokens[k].Text)) ? first : null;
    }

    /// <summary>The street after "and" / "&amp;": typed ("3rd Street"), or capitalized names ("Broadway").</summary>
    private static string? CrossStreetAfter(List<Token> tokens, int end, bool allCaps)
    {
        var from = end + 2;
        if (from >= tokens.Count || !StreetWords.IsConnector(tokens[end + 1].Text) || tokens[end + 1].BoundaryBefore || tokens[from].BoundaryBefore)
            return null;
        for (var i = from; i < tokens.Count && i <= from + MaxNameWords; i++)
        {
            if ((StreetEndingAt(tokens, i, proper: false) ?? RouteAt(tokens, i)) is { } typed && typed.Start == from)
                return Render(tokens, typed.Start, typed.End, allCaps);
        }
        var names = NameRun(tokens, from, requireProper: true);
        return names == 0 ? null : Render(tokens, from, from + names - 1, allCaps);
    }

    /// <summary>
    /// Untyped intersections: after "corner of" / "intersection of" in any case ("corner of oak and elm"),
    /// after "at", "near" or "by" only with capitalized names or ordinals ("at Main and 3rd").
    /// </summary>
    private static string? CornerOf(List<Token> tokens, bool allCaps)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var corner = Cue().IsMatch(tokens[i].Text) && tokens[i + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase);
            if (!corner && !Preposition().IsMatch(tokens[i].Text))
                continue;
            var from = corner ? i + 2 : i + 1;
            var first = NameRun(tokens, from, requireProper: !corner);
            var connector = from + first;
            if (first == 0 || connector + 1 >= tokens.Count || !StreetWords.IsConnector(tokens[connector].Text)
                || tokens[connector].BoundaryBefore || tokens[connector + 1].BoundaryBefore)
                continue;
            var second = NameRun(tokens, connector + 1, requireProper: !corner);
            if (second > 0)
                return $"{Render(tokens, from, connector - 1, allCaps)} & {Render(tokens, connector + 1, connector + second, allCaps)}";
        }
        return null;
    }

    private static int NameRun(List<Token> tokens, int start, bool requireProper)
    {
        var n = 0;
        while (start + n < tokens.Count && n < MaxNameWords
               && (n == 0 || !tokens[start + n].BoundaryBefore)
               && StreetWords.IsNameWord(tokens[start + n].Text)
               && (!requireProper || StreetWords.LooksProper(tokens[start + n].Text)))
            n++;
        return n;
    }

    private static string Render(List<Token> tokens, int start, int end, bool allCaps) =>
        string.Join(' ', tokens[start..(end + 1)].Select((t, k) =>
            start + k == end && StreetWords.IsType(t.Text) ? StreetWords.TypeName(t.Text)
            : k == 0 && end > start && StreetWords.IsRouteType(t.Text) && tokens[end].Text.All(char.IsDigit) ? StreetWords.RouteTypeName(t.Text)
            : StreetWords.Capitalize(t.Text, allCaps)));

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var previousEnd = 0;
        var sentenceEnded = false;
        foreach (Match m in Word().Matches(text))
        {
            var gap = text[previousEnd..m.Index];
            tokens.Add(new Token(m.Value, tokens.Count > 0 && (sentenceEnded || gap.Any(c => !char.IsWhiteSpace(c)))));
            // "St." keeps its period as an abbreviation; any other word's period ends the sentence.
            sentenceEnded = m.Value.EndsWith('.') && !StreetWords.IsAbbreviation(m.Value);
            previousEnd = m.Index + m.Length;
        }
        return tokens;
    }

    private sealed record Token(string Text, bool BoundaryBefore);

    [GeneratedRegex(@"&|[\p{L}0-9]+(?:['’-][\p{L}0-9]+)*\.?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(corner|intersection)$", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^(at|near|by)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();
}
