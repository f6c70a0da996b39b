using System.Diagnostics;
using System.Globalization;
using CityCrm.CaseCore.Streets;

// Resolves N typed places (addresses, intersections, misspellings, unknown streets) with the demo gazetteer, against a
// floor: a dictionary lookup of the same strings to their answers, the cheapest way to "know" an address. The gap is the
// parsing, the name lookups and, for a misspelling, the edit distances to every street name.
var count = args.Length > 1 && args[0] == "--addresses" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var path = Path.Combine(AppContext.BaseDirectory, "streets.json");
var gazetteer = StreetGazetteer.Load(path);
var resolver = new StreetResolver(gazetteer);
var typed = Typed(gazetteer, count);
Console.Error.WriteLine($"{gazetteer.Streets.Count} streets, {typed.Count:N0} typed places");

// Warm-up, and the answers the floor looks up.
var answers = new Dictionary<string, AddressResolution>(StringComparer.Ordinal);
foreach (var text in typed.Distinct())
    answers[text] = resolver.Resolve(text);

var floor = Time(() =>
{
    var found = 0;
    foreach (var text in typed)
        found += answers.TryGetValue(text, out var a) && a.Outcome == AddressOutcome.Exact ? 1 : 0;
    return found;
});
var resolve = Time(() =>
{
    var found = 0;
    foreach (var text in typed)
        found += resolver.Resolve(text).Outcome == AddressOutcome.Exact ? 1 : 0;
    return found;
});
var perPlace = resolve.TotalMilliseconds * 1000 / typed.Count;
// A ratio, not a time: on a shared machine both sides slow down together.
const double TargetRatio = 20;
var ratio = resolve.TotalMilliseconds / Math.Max(0.001, floor.TotalMilliseconds);
Console.WriteLine($"resolve {typed.Count} typed places  {resolve.TotalMilliseconds:F0} ms ({perPlace:F2} us each)  floor {floor.TotalMilliseconds:F1} ms  " +
    $"ratio {ratio:F1}x (target under {TargetRatio}x)  {(ratio < TargetRatio ? "ok" : "MISS")}");
var misspelt = typed.Where(t => answers[t].Outcome == AddressOutcome.Suggestions).Take(10_000).ToList();
var fuzzy = Time(() => misspelt.Sum(t => resolver.Resolve(t).Candidates.Count));
Console.WriteLine($"misspelt only: {misspelt.Count} in {fuzzy.TotalMilliseconds:F0} ms, {fuzzy.TotalMilliseconds * 1000 / Math.Max(1, misspelt.Count):F2} us each");
return ratio < TargetRatio ? 0 : 1;

static TimeSpan Time(Func<int> work)
{
    var watch = Stopwatch.StartNew();
    var result = work();
    watch.Stop();
    Console.Error.WriteLine($"  (checksum {result})");
    return watch.Elapsed;
}

// Seven in ten an address, two an intersection, one misspelt; a few unknown streets. Seeded, so runs compare.
static List<string> Typed(StreetGazetteer gazetteer, int count)
{
    var random = new Random(7);
    var streets = gazetteer.Streets;
    var typed = new List<string>(count);
    while (typed.Count < count)
    {
        var street = streets[random.Next(streets.Count)];
        var number = random.Next(street.LowestNumber, street.HighestNumber + 1);
        var roll = random.Next(100);
        typed.Add(roll switch
        {
            < 70 => $"{number} {street.FullName.ToLowerInvariant()}",
            < 90 => $"{street.Name} and {streets[random.Next(streets.Count)].FullName}",
            < 98 => $"{number} {Misspell(street.FullName, random)}",
            _ => $"{number} Nowhere{random.Next(1000)} Street",
        });
    }
    return typed;
}

static string Misspell(string name, Random random)
{
    var at = random.Next(1, name.Length - 1);
    return name[..at] + name[(at + 1)..];
}
