using System.Text.Json;
using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Import;

/// <summary>
/// Reads and validates an import file of one JSON article per line:
/// <c>{"id","title","body","summary"?,"phrasings"?:[...],"tags"?:[...],"language"?,"department"?}</c>, plus the
/// editorial fields <see cref="ArticleJsonlWriter"/> exports (see <see cref="ArticleJsonlExtras"/>).
/// Every line is checked before anything is imported, so a bad file can be rejected as a whole.
/// </summary>
public static partial class ArticleJsonlReader
{
    /// <summary>The longest id accepted; ids appear in resident URLs.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Reads every line; blank lines are skipped, bad lines are reported and left out.</summary>
    public static async Task<ImportBatch> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<Article>();
        var errors = new List<ImportLineError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var (article, problem) = Parse(line);
            if (article is not null && seen.TryGetValue(article.Id, out var first))
                problem = $"duplicate id '{article.Id}' (first on line {first})";
            if (problem is not null)
            {
                errors.Add(new ImportLineError(number, problem));
                continue;
            }
            seen[article!.Id] = number;
            articles.Add(article);
        }
        return new ImportBatch(articles, errors);
    }

    private static (Article? Article, string? Problem) Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return (null, $"not valid JSON ({e.Message})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "expected a JSON object");
            var id = Text(root, "id", out var problem) ?? "";
            var title = problem is null ? Text(root, "title", out problem) ?? "" : "";
            var body = problem is null ? Text(root, "body", out problem) ?? "" : "";
            if (problem is null && (id.Trim().Length == 0 || title.Trim().Length == 0 || body.Trim().Length == 0))
                problem = $"required field '{(id.Trim().Length == 0 ? "id" : title.Trim().Length == 0 ? "title" : "body")}' is missing or empty";
            if (problem is null && (id.Length > MaxIdLength || !Slug().IsMatch(id)))
                problem = $"id '{id}' is not a slug (lowercase letters, digits and single hyphens, at most {MaxIdLength} characters)";
            var summary = problem is null ? Optional(root, "summary", ref problem) : null;
            var language = problem is null ? Optional(root, "language", ref problem) : null;
            var department = problem is null ? Optional(root, "department", ref problem) : null;
            var phrasings = problem is null ? List(root, "phrasings", ref problem) : [];
            var tags = problem is null ? List(root, "tags", ref problem) : [];
            if (problem is not null)
                return (null, problem);
            var article = new Article(
                id, title.Trim(),
                string.IsNullOrWhiteSpace(summary) ? ArticleSummary.FromBody(body) : summary.Trim(),
                body, phrasings, tags,
                string.IsNullOrWhiteSpace(department) ? null : department.Trim(),
                string.IsNullOrWhiteSpace(language) ? "en" : language.Trim());
            article = ArticleJsonlExtras.Apply(article, root, ref problem);
            if (problem is not null)
                return (null, problem);
            return (article, null);
        }
    }

    private static string? Text(JsonElement root, string name, out string? problem)
    {
        problem = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problem = $"required field '{name}' is missing or empty";
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"field '{name}' must be a string";
            return null;
        }
        return value.GetString();
    }

    internal static string? Optional(JsonElement root, string name, ref string? problem)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        problem = $"field '{name}' must be a string";
        return null;
    }

    internal static string[] List(JsonElement root, string name, ref string? problem)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            problem = $"field '{name}' must be an array of strings";
            return [];
        }
        return [.. value.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0)];
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
