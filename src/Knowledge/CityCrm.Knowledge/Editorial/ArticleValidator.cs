using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Editorial;

/// <summary>Checks an article an editor wants to save; errors are keyed by the field's camelCase name.</summary>
public static partial class ArticleValidator
{
    /// <summary>The longest article id.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Ids that name the staff pages under <c>/kb</c>, which an article's page would hide.</summary>
    public static readonly IReadOnlyList<string> ReservedIds = ["editor", "insights", "try"];

    /// <summary>The languages articles may be written in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    /// <summary>
    /// The problems with <paramref name="article"/>, none when it may be saved.
    /// </summary>
    /// <param name="knownLanguages">Every other article that exists (published or in the history), by id, with its language.</param>
    public static IReadOnlyDictionary<string, string[]> Validate(Article article, IReadOnlyDictionary<string, string> knownLanguages)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knownLanguages);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
                errors[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrEmpty(article.Id) || article.Id.Length > MaxIdLength || !Slug().IsMatch(article.Id))
            Add("id", $"Use lowercase letters, digits and single hyphens (at most {MaxIdLength} characters), e.g. \"bulky-item-pickup\".");
        else if (ReservedIds.Contains(article.Id))
            Add("id", $"\"{article.Id}\" is the name of a staff page under /kb; choose another id.");
        if (string.IsNullOrWhiteSpace(article.Title))
            Add("title", "Enter a title.");
        if (string.IsNullOrWhiteSpace(article.Summary))
            Add("summary", "Enter a summary.");
        if (string.IsNullOrWhiteSpace(article.Body))
            Add("body", "Enter the article's text.");
        if (!Languages.Contains(article.Language))
            Add("language", "Choose English (en) or Spanish (es).");
        if (article.SmsAnswer is { Length: > Article.MaxSmsLength } sms)
            Add("smsAnswer", $"Keep the SMS answer to {Article.MaxSmsLength} characters (it has {sms.Length}).");
        if (article.ValidFrom is { } from && article.ValidUntil is { } until && until < from)
            Add("validUntil", "The last day cannot be before the first day.");
        foreach (var related in article.Related.Where(r => r == article.Id || !knownLanguages.ContainsKey(r)))
            Add("related", related == article.Id ? "An article cannot be related to itself." : $"There is no article '{related}'.");
        if (article.TranslationOf is { } source)
        {
            if (!knownLanguages.TryGetValue(source, out var sourceLanguage) || source == article.Id)
                Add("translationOf", $"There is no other article '{source}' to translate.");
            else if (sourceLanguage == article.Language)
                Add("translationOf", $"'{source}' is in the same language ({sourceLanguage}); a translation must be in another.");
        }
        if (article.SourceVersion is < 1)
            Add("sourceVersion", "A source version starts at 1.");
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
