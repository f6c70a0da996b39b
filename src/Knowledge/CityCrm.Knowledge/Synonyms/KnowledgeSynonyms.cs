using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// The city's synonym lists, applied to questions at search time so an edit takes effect without
/// re-indexing: <see cref="KnowledgeOptions.SynonymsPath"/> for English questions and, beside it, the same
/// name with the language before the extension (<c>knowledge-synonyms.es.txt</c>) for Spanish ones, which
/// may be absent. Each file is re-read when it changes (see <see cref="SynonymFile"/>).
/// </summary>
public sealed class KnowledgeSynonyms : IDisposable
{
    private readonly LanguageAnalyzers analyzers = new();
    private readonly SynonymFile english;
    private readonly SynonymFile spanish;

    public KnowledgeSynonyms(KnowledgeOptions options, ILogger<KnowledgeSynonyms>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ILogger log = logger ?? NullLogger<KnowledgeSynonyms>.Instance;
        english = new SynonymFile(options.SynonymsPath, analyzers.English, options.SynonymsCheckInterval, optional: false, log);
        spanish = new SynonymFile(
            PathFor(options.SynonymsPath, KnowledgeLanguages.Spanish), analyzers.For(KnowledgeLanguages.Spanish),
            options.SynonymsCheckInterval, optional: true, log);
    }

    /// <summary>The number of English groups in use (groups whose entries all analyze alike are not counted).</summary>
    public int GroupCount => Current.GroupCount;

    /// <summary>The English list in use.</summary>
    internal SynonymMap Current => english.Current;

    /// <summary>The list for questions in <paramref name="language"/>.</summary>
    internal SynonymMap For(string language) => language == KnowledgeLanguages.Spanish ? spanish.Current : english.Current;

    /// <summary>The list file of <paramref name="language"/> beside the English <paramref name="path"/>; null without one.</summary>
    public static string? PathFor(string? path, string language)
    {
        if (string.IsNullOrWhiteSpace(path) || language == KnowledgeLanguages.English)
            return string.IsNullOrWhiteSpace(path) ? null : path;
        return Path.ChangeExtension(path, language + Path.GetExtension(path));
    }

    public void Dispose() => analyzers.Dispose();
}
