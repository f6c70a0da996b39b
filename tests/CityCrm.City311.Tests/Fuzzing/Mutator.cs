using System.Text;
using System.Text.Json.Nodes;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Reproducible mutations from one seed: hostile values (huge numbers, long or odd strings, wrong types, deep nesting,
/// bad dates, markup), changed JSON trees and form fields, and damaged bytes (invalid UTF-8, cuts, repeats).
/// </summary>
public sealed class Mutator(int seed)
{
    // A JSON string that is replaced, after serializing, by a literal JsonNode cannot hold (a number beyond double).
    private const string HugeNumberMark = "\"\u0001huge\u0001\"";
    private static readonly byte[][] BadUtf8 = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x00]];

    private static readonly string[] Words =
    [
        "", " ", "\0", "null", "true", "-1", "0", "99999999999999999999", "1e309", "NaN", "-0.0", "2026-13-45T99:99:99Z", "0001-01-01",
        "9999-12-31T23:59:59.9999999+14:00", "not-a-date", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "' OR 1=1 --", "\"; DROP TABLE messages; --", "../../../etc/passwd", "%s%s%n%x", "{{$reference}}", "${jndi:ldap://x}",
        "\u202Eevil", "\uD83D\uDCA9\uD83D\uDCA9", "\u0000\u0001\u001F", "\r\n\r\nX-Injected: 1", "SuperAdmin", "message", "typing",
        "conversationUpdate", "+15555550123", "a@b", "R-100001", "pothole", "en", "xx-INVALID", "\t\t", "\\u0000",
    ];

    public Random Random { get; } = new(seed);

    public int Seed => seed;

    /// <summary>A hostile string: one of the known troublemakers, a long run, random characters or a lone surrogate.</summary>
    public string NextString() => Random.Next(6) switch
    {
        0 => new string((char)Random.Next(32, 0x2FFF), Random.Next(1, 5000)),
        1 => new string('A', Random.Next(10_000, 200_000)),
        2 => string.Concat(Enumerable.Range(0, Random.Next(1, 40)).Select(_ => (char)Random.Next(0, 0xFFFF))),
        _ => Words[Random.Next(Words.Length)],
    };

    /// <summary>A hostile JSON value of any type.</summary>
    public JsonNode? NextValue() => Random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(Random.Next(2) == 0),
        2 => JsonValue.Create(long.MaxValue),
        3 => JsonValue.Create(-Random.NextDouble() * 1e300),
        4 => JsonValue.Create("\u0001huge\u0001"),
        5 => new JsonArray(Enumerable.Range(0, Random.Next(0, 50)).Select(_ => (JsonNode?)JsonValue.Create(NextString())).ToArray()),
        6 => new JsonObject { [NextString()] = NextString(), ["$type"] = "System.IO.FileInfo" },
        7 => Nest(Random.Next(30, 200)),
        _ => JsonValue.Create(NextString()),
    };

    /// <summary>A copy of <paramref name="json"/> with one to three values replaced, removed or added, as UTF-8 bytes.</summary>
    public byte[] MutateJson(string json)
    {
        var root = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 })!;
        for (var i = Random.Next(1, 4); i > 0; i--)
            root = MutateNode(root);
        return Serialize(root);
    }

    /// <summary>Hostile values in random fields of a form, some fields dropped, duplicated or added.</summary>
    public List<KeyValuePair<string, string>> MutateForm(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var copy = fields.ToList();
        for (var i = Random.Next(1, 4); i > 0 && copy.Count > 0; i--)
        {
            var at = Random.Next(copy.Count);
            switch (Random.Next(4))
            {
                case 0: copy.RemoveAt(at); break;
                case 1: copy.Add(new(copy[at].Key, NextString())); break;
                case 2: copy.Add(new(NextString(), NextString())); break;
                default: copy[at] = new(copy[at].Key, NextString()); break;
            }
        }
        return copy;
    }

    /// <summary>Damaged bytes: invalid UTF-8 inserted, a cut, a repeat, flipped bits or an early end.</summary>
    public byte[] MutateBytes(byte[] input)
    {
        var bytes = input.ToList();
        for (var i = Random.Next(1, 5); i > 0; i--)
        {
            var at = bytes.Count == 0 ? 0 : Random.Next(bytes.Count);
            switch (Random.Next(5))
            {
                case 0: bytes.InsertRange(at, BadUtf8[Random.Next(BadUtf8.Length)]); break;
                case 1 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, Random.Next(1, 64))); break;
                case 2 when bytes.Count > 0: bytes.InsertRange(at, bytes.Skip(at).Take(Random.Next(1, 256)).ToList()); break;
                case 3 when bytes.Count > 0: bytes[at] ^= (byte)(1 << Random.Next(8)); break;
                default: bytes = bytes.Take(at).ToList(); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>JSON nested <paramref name="depth"/> levels deep, as text: arrays or objects.</summary>
    public static string DeepJson(int depth, bool objects) => objects
        ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
        : new string('[', depth) + "1" + new string(']', depth);

    private static JsonNode Nest(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
            node = new JsonArray(node);
        return node;
    }

    private JsonNode MutateNode(JsonNode root)
    {
        var containers = Walk(root).Where(n => n is JsonObject or JsonArray).ToList();
        var target = containers[Random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject o when o.Count > 0 && Random.Next(4) == 0:
                o.Remove(o.ElementAt(Random.Next(o.Count)).Key);
                break;
            case JsonObject o when o.Count > 0:
                o[o.ElementAt(Random.Next(o.Count)).Key] = NextValue();
                break;
            case JsonObject o:
                o[NextString()] = NextValue();
                break;
            case JsonArray a when a.Count > 0:
                a[Random.Next(a.Count)] = NextValue();
                break;
            case JsonArray a:
                a.Add(NextValue());
                break;
        }
        return Random.Next(20) == 0 ? new JsonArray(root) : root;
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Walk))
            yield return child;
    }

    private byte[] Serialize(JsonNode root)
    {
        var text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 1000 });
        text = text.Replace(HugeNumberMark.Replace("\u0001", "\\u0001", StringComparison.Ordinal), Random.Next(2) == 0 ? "1e400" : "123456789012345678901234567890", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }
}
