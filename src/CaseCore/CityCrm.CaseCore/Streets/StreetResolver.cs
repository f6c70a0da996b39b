using System.Globalization;

namespace CityCrm.CaseCore.Streets;

/// <summary>
/// Resolves typed places with the city's <see cref="StreetGazetteer"/>. A name known exactly is taken; a misspelt one
/// ("Elm Stret", within one edit in five letters) or one several streets share ("Oak": Street and Avenue) gives candidates.
/// An address is placed by interpolating along the block that holds its number; an intersection at the streets' crossing,
/// which also settles which of two same-named streets was meant ("oak and elm": only Oak Street meets Elm Street).
/// </summary>
public sealed class StreetResolver(StreetGazetteer gazetteer) : IStreetResolver
{
    private const int MaxCandidates = 3;

    public bool HasStreets => gazetteer.Streets.Count > 0;

    public string? City => gazetteer.City;

    public AddressResolution Resolve(string text)
    {
        if (!HasStreets || string.IsNullOrWhiteSpace(text) || TypedAddress.Parse(text) is not { } typed)
            return AddressResolution.NotAnAddress;
        return typed.Second is { } second ? Intersection(typed, second) : Single(typed);
    }

    private AddressResolution Single(TypedAddress typed)
    {
        var matches = Match(typed.First);
        if (matches.Count == 0)
            return typed.LooksLikeAddress ? Unknown(typed.First) : AddressResolution.NotAnAddress;
        var exact = matches.Where(m => m.Exact).ToList();
        if (typed.Number is not { } number)
        {
            return exact.Count == 1
                ? new AddressResolution(AddressOutcome.StreetOnly) { Normalized = Name(exact[0]), Street = Name(exact[0]) }
                : Suggest(matches.Select(m => new AddressCandidate(Name(m), null)));
        }
        var unit = typed.Unit is null ? "" : $", {typed.Unit}";
        if (exact.Count == 1)
        {
            var street = gazetteer.Streets[exact[0].Street];
            return street.Locate(typed.HouseNumber) is { } point
                ? new AddressResolution(AddressOutcome.Exact) { Normalized = $"{number} {street.FullName}{unit}", Point = point, Street = street.FullName, Number = number }
                : OutOfRange(street, number);
        }
        var placed = matches.Select(m => (Match: m, Point: gazetteer.Streets[m.Street].Locate(typed.HouseNumber))).Where(p => p.Point is not null).ToList();
        return placed.Count == 0
            ? OutOfRange(gazetteer.Streets[matches[0].Street], number)
            : Suggest(placed.Select(p => new AddressCandidate($"{number} {Name(p.Match)}{unit}", p.Point)));
    }

    private AddressResolution Intersection(TypedAddress typed, IReadOnlyList<string> second)
    {
        var a = Match(typed.First);
        var b = Match(second);
        if (a.Count == 0)
            return Unknown(typed.First);
        if (b.Count == 0)
            return Unknown(second);
        var pairs = (from x in a
                     from y in b
                     where x.Street != y.Street
                     let point = gazetteer.Crossing(x.Street, y.Street)
                     where point is not null
                     orderby x.Distance + y.Distance
                     select (X: x, Y: y, Point: point)).ToList();
        var exact = pairs.Where(p => p.X.Exact && p.Y.Exact).ToList();
        if (exact.Count == 1)
        {
            var (x, y, point) = exact[0];
            return new AddressResolution(AddressOutcome.Exact) { Normalized = $"{Name(x)} & {Name(y)}", Point = point, Street = Name(x), CrossStreet = Name(y) };
        }
        if (pairs.Count > 0)
            return Suggest(pairs.Select(p => new AddressCandidate($"{Name(p.X)} & {Name(p.Y)}", p.Point)));
        if (!a.Any(m => m.Exact))
            return Unknown(typed.First);
        if (!b.Any(m => m.Exact))
            return Unknown(second);
        return new AddressResolution(AddressOutcome.NotCrossing) { Street = Name(a[0]), CrossStreet = Name(b[0]) };
    }

    /// <summary>The streets the words may mean, closest first: exact names, then the same name with another type, then near spellings.</summary>
    private List<StreetMatch> Match(IReadOnlyList<string> words)
    {
        var key = string.Join(' ', words);
        var exact = gazetteer.WithFullName(key);
        if (exact.Count == 0)
            exact = gazetteer.WithName(key);
        if (exact.Count > 0)
            return [.. exact.Select(s => new StreetMatch(s, 0, true)).OrderBy(m => Name(m), StringComparer.Ordinal)];
        if (words.Count > 1 && StreetText.IsType(words[^1]) && gazetteer.WithName(string.Join(' ', words.Take(words.Count - 1))) is { Count: > 0 } otherType)
            return [.. otherType.Select(s => new StreetMatch(s, 1, false))];
        var limit = Math.Max(1, key.Length / 5);
        var best = new Dictionary<int, int>();
        foreach (var candidate in gazetteer.Keys)
        {
            var distance = EditDistance.Within(key, candidate, limit);
            if (distance > limit)
                continue;
            foreach (var street in gazetteer.Known(candidate))
                best[street] = Math.Min(distance, best.GetValueOrDefault(street, int.MaxValue));
        }
        return [.. best.Select(p => new StreetMatch(p.Key, p.Value, false)).OrderBy(m => m.Distance).ThenBy(m => Name(m), StringComparer.Ordinal)];
    }

    private string Name(StreetMatch match) => gazetteer.Streets[match.Street].FullName;

    private static AddressResolution Suggest(IEnumerable<AddressCandidate> candidates) =>
        new(AddressOutcome.Suggestions) { Candidates = [.. candidates.DistinctBy(c => c.Text).Take(MaxCandidates)] };

    private static AddressResolution OutOfRange(Street street, string number) => new(AddressOutcome.NumberOutOfRange)
    {
        Street = street.FullName, Number = number, LowestNumber = street.LowestNumber, HighestNumber = street.HighestNumber,
    };

    private static AddressResolution Unknown(IReadOnlyList<string> words) =>
        new(AddressOutcome.UnknownStreet) { Street = string.Join(' ', words.Select(Capitalize)) };

    private static string Capitalize(string word) =>
        word.Length == 0 || char.IsDigit(word[0]) ? word : CultureInfo.InvariantCulture.TextInfo.ToUpper(word[0]) + word[1..];

    private readonly record struct StreetMatch(int Street, int Distance, bool Exact);
}
