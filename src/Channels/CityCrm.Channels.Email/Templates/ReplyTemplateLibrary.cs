using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email.Templates;

/// <summary>
/// The reply templates in the templates folder, read on every call: the files are few and small, and the city's
/// edits show up in the console at once. A file is <c>{name}.{language}.md</c> with a front matter giving its title:
/// <code>
/// ---
/// title: Acknowledge the request
/// ---
/// Hello {{$name}}, ...
/// </code>
/// </summary>
public sealed partial class ReplyTemplateLibrary(IOptions<ReplyTemplateOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The language's templates by title, or English's when the language has none.</summary>
    public IReadOnlyList<ReplyTemplate> List(string language)
    {
        var all = ReadAll();
        var own = all.Where(t => t.Language == language).ToList();
        return [.. (own.Count > 0 ? own : all.Where(t => t.Language == "en")).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The named template in the language, or in English when the language lacks it; null when neither exists.</summary>
    public ReplyTemplate? Find(string name, string language)
    {
        var all = ReadAll().Where(t => t.Name == name).ToList();
        return all.FirstOrDefault(t => t.Language == language) ?? all.FirstOrDefault(t => t.Language == "en");
    }

    /// <summary>The language's words, or English's when it has no file.</summary>
    public ReplyTemplateWords Words(string language)
    {
        var path = Path.Combine(options.Value.Folder, $"words.{language}.json");
        if (!File.Exists(path))
            path = Path.Combine(options.Value.Folder, "words.en.json");
        return File.Exists(path)
            ? JsonSerializer.Deserialize<ReplyTemplateWords>(File.ReadAllText(path), Json) ?? new ReplyTemplateWords()
            : new ReplyTemplateWords();
    }

    private List<ReplyTemplate> ReadAll()
    {
        var folder = options.Value.Folder;
        if (!Directory.Exists(folder))
            return [];
        var templates = new List<ReplyTemplate>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md"))
        {
            var file = FileName().Match(Path.GetFileName(path));
            if (!file.Success)
                continue;
            var (title, body) = Split(File.ReadAllText(path));
            templates.Add(new ReplyTemplate(file.Groups["name"].Value, file.Groups["lang"].Value, title ?? file.Groups["name"].Value, body));
        }
        return templates;
    }

    private static (string? Title, string Body) Split(string text)
    {
        text = text.Replace("\r\n", "\n");
        var front = FrontMatter().Match(text);
        if (!front.Success)
            return (null, text.Trim());
        var title = TitleLine().Match(front.Groups["front"].Value) is { Success: true } t ? t.Groups["title"].Value.Trim() : null;
        return (title, text[front.Length..].Trim());
    }

    [GeneratedRegex(@"^(?<name>[a-z0-9][a-z0-9-]*)\.(?<lang>[a-z]{2})\.md$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"\A---\n(?<front>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^title:\s*(?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
