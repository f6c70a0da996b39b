using System.Globalization;
using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Content;

/// <summary>
/// Reads an article file: a front matter block between <c>---</c> lines (id, title, summary, questions,
/// tags, department, language, owner, audience, related, valid_from, valid_until, sms, voice,
/// translation_of) followed by the Markdown body. Only the small subset of YAML that the
/// articles use is understood: <c>key: value</c>, inline lists <c>[a, b]</c> and block lists of <c>- item</c>.
/// </summary>
public static partial class MarkdownArticleParser
{
    private const string Fence = "---";
    private static readonly HashSet<string> ListKeys = ["questions", "tags", "related"];
    private static readonly HashSet<string> ScalarKeys =
        ["id", "title", "summary", "department", "language", "owner", "audience", "valid_from", "valid_until", "sms", "voice", "translation_of"];

    /// <summary>Parses one article; <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="ArticleFormatException">The text is not a valid article.</exception>
    public static Article Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
            throw new ArticleFormatException(source, 1, "the file must start with a '---' line that opens the front matter");
        var close = Array.FindIndex(lines, 1, l => l.Trim() == Fence);
        if (close < 0)
            throw new ArticleFormatException(source, null, "the front matter is not closed by a '---' line");

        var fields = ReadFrontMatter(lines, close, source);
        var body = string.Join('\n', lines.Skip(close + 1)).Trim();
        return Build(fields, body, source, close + 1);
    }

    private static Dictionary<string, FrontMatterValue> ReadFrontMatter(string[] lines, int close, string source)
    {
        var fields = new Dictionary<string, FrontMatterValue>(StringComparer.Ordinal);
        string? openList = null;
        for (var i = 1; i < close; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (openList is null)
                    throw new ArticleFormatException(source, lineNumber, "a list item '- ...' must follow a 'questions:', 'tags:' or 'related:' line");
                var item = Unquote(trimmed[1..].Trim());
                if (item.Length == 0)
                    throw new ArticleFormatException(source, lineNumber, $"empty item in '{openList}'");
                fields[openList].Items.Add(item);
                continue;
            }
            var match = KeyLine().Match(raw);
            if (!match.Success)
                throw new ArticleFormatException(source, lineNumber, $"expected 'key: value' but found '{trimmed}'");
            var key = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim();
            if (!ListKeys.Contains(key) && !ScalarKeys.Contains(key))
                throw new ArticleFormatException(source, lineNumber, $"unknown key '{key}' (allowed: {string.Join(", ", ScalarKeys.Concat(ListKeys))})");
            if (fields.ContainsKey(key))
                throw new ArticleFormatException(source, lineNumber, $"'{key}' is given twice");
            fields[key] = ListKeys.Contains(key) ? ReadListStart(key, value, source, lineNumber) : new FrontMatterValue(lineNumber, Unquote(value));
            openList = ListKeys.Contains(key) && value.Length == 0 ? key : null;
        }
        return fields;
    }

    private static FrontMatterValue ReadListStart(string key, string value, string source, int lineNumber)
    {
        var entry = new FrontMatterValue(lineNumber, "");
        if (value.Length == 0)
            return entry;
        if (!value.StartsWith('[') || !value.EndsWith(']'))
            throw new ArticleFormatException(source, lineNumber, $"'{key}' must be an inline list [a, b] or be followed by '- item' lines");
        entry.Items.AddRange(value[1..^1].Split(',').Select(s => Unquote(s.Trim())).Where(s => s.Length > 0));
        return entry;
    }

    private static Article Build(Dictionary<string, FrontMatterValue> fields, string body, string source, int closeLine)
    {
        string Required(string key)
        {
            if (!fields.TryGetValue(key, out var v) || v.Text.Length == 0)
                throw new ArticleFormatException(source, fields.TryGetValue(key, out var f) ? f.Line : null, $"'{key}' is required and must not be empty");
            return v.Text;
        }

        var id = Required("id");
        if (!IdPattern().IsMatch(id))
            throw new ArticleFormatException(source, fields["id"].Line, $"id '{id}' must be lowercase letters, digits and single hyphens");
        var title = Required("title");
        var summary = Required("summary");
        // An article without phrasings is still searchable by its title and text; the demo content's
        // own standard (three or more) is checked by its tests, not imposed on every import.
        var questions = fields.TryGetValue("questions", out var q) ? q.Items : [];
        var tags = fields.TryGetValue("tags", out var t) ? t.Items : [];
        if (body.Length == 0)
            throw new ArticleFormatException(source, closeLine, "the article has no body after the front matter");
        var department = fields.TryGetValue("department", out var d) && d.Text.Length > 0 ? d.Text : null;
        var language = Optional(fields, "language") ?? "en";
        var sms = Optional(fields, "sms");
        if (sms is { Length: > Article.MaxSmsLength })
            throw new ArticleFormatException(source, fields["sms"].Line, $"'sms' is {sms.Length} characters; an SMS answer may have at most {Article.MaxSmsLength}");
        var validFrom = Day(fields, "valid_from", source);
        var validUntil = Day(fields, "valid_until", source);
        if (validFrom > validUntil)
            throw new ArticleFormatException(source, fields["valid_until"].Line, "'valid_until' is before 'valid_from'");
        return new Article(id, title, summary, body, [.. questions], [.. tags], department, language)
        {
            Owner = Optional(fields, "owner"),
            Audience = Optional(fields, "audience"),
            Related = fields.TryGetValue("related", out var r) ? [.. r.Items] : [],
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            SmsAnswer = sms,
            VoiceAnswer = Optional(fields, "voice"),
            TranslationOf = Optional(fields, "translation_of"),
        };
    }

    private static string? Optional(Dictionary<string, FrontMatterValue> fields, string key) =>
        fields.TryGetValue(key, out var value) && value.Text.Length > 0 ? value.Text : null;

    private static DateOnly? Day(Dictionary<string, FrontMatterValue> fields, string key, string source)
    {
        if (Optional(fields, key) is not { } text)
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArticleFormatException(source, fields[key].Line, $"'{key}' must be a date like 2026-12-01, not '{text}'");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    [GeneratedRegex(@"^([a-z][a-z_]*):(?:\s+(.*)|\s*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed record FrontMatterValue(int Line, string Text)
    {
        public List<string> Items { get; } = [];
    }
}
