using System.Text.Json;

namespace CityCrm.Knowledge.Evaluation;

/// <summary>
/// Loads an evaluation set: one <c>{"q": "...", "id": "article-id" or null}</c> per line, with an optional
/// <c>"language"</c> (default "en") that only labels the question for per-language figures: the search
/// is never told it.
/// </summary>
public static class EvaluationSet
{
    /// <summary>Reads the set; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not such an object.</exception>
    public static async Task<IReadOnlyList<EvaluationQuestion>> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var questions = new List<EvaluationQuestion>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
                questions.Add(Parse(line, number));
        }
        return questions;
    }

    /// <summary>Reads the set from a file.</summary>
    public static async Task<IReadOnlyList<EvaluationQuestion>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = File.OpenText(path);
        return await ReadAsync(reader, cancellationToken);
    }

    private static EvaluationQuestion Parse(string line, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String
                && root.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Null)
            {
                var language = root.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "en";
                return new EvaluationQuestion(q.GetString()!, id.ValueKind == JsonValueKind.Null ? null : id.GetString(), language);
            }
        }
        catch (JsonException)
        {
            // Reported below with the line number.
        }
        throw new FormatException($"line {number}: expected {{\"q\": \"...\", \"id\": \"article-id\" or null}}");
    }
}
