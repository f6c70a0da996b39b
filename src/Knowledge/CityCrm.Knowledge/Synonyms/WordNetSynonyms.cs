using System.Collections.Concurrent;
using CityCrm.Knowledge.Indexing;
using Lucene.Net.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Knowledge.Synonyms;

/// <summary>
/// General English synonyms from WordNet (<see cref="KnowledgeOptions.WordNetPath"/>), matched for less than
/// the city's own list (<see cref="KnowledgeOptions.WordNetWeight"/>). The database is read once, in the
/// background from construction on; questions asked before it is ready are searched without it.
/// </summary>
public sealed class WordNetSynonyms : IDisposable
{
    /// <summary>At most this many synonyms widen one question term.</summary>
    public const int MaxPerTerm = 4;

    private readonly Analyzer analyzer = KnowledgeAnalyzer.Create();
    private readonly ConcurrentDictionary<string, IReadOnlyList<SynonymPhrase>> expanded = new(StringComparer.Ordinal);
    // Stem to the words that stem to it, filled while loading.
    private readonly ConcurrentDictionary<string, List<string>> stems = new(StringComparer.Ordinal);
    private readonly Task<IReadOnlyDictionary<string, IReadOnlyList<string>>?> loading;

    public WordNetSynonyms(KnowledgeOptions options, ILogger<WordNetSynonyms>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = (ILogger?)logger ?? NullLogger<WordNetSynonyms>.Instance;
        var folder = options.WordNetPath;
        loading = string.IsNullOrWhiteSpace(folder) ? Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<string>>?>(null) : Task.Run(() => Load(folder, log));
    }

    /// <summary>Whether the database was read and holds synonyms.</summary>
    public bool IsLoaded => loading.IsCompletedSuccessfully && loading.Result is { Count: > 0 };

    /// <summary>Waits until the database is read (or failed to be), e.g. before an evaluation.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => loading.WaitAsync(cancellationToken);

    /// <summary>For each analyzed question term WordNet knows, its synonyms analyzed the same way.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<SynonymPhrase>> Expand(IReadOnlyList<AnalyzedTerm> terms)
    {
        if (!IsLoaded)
            return new Dictionary<string, IReadOnlyList<SynonymPhrase>>();
        var found = new Dictionary<string, IReadOnlyList<SynonymPhrase>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var alternatives = expanded.GetOrAdd(term.Text, Analyze);
            if (alternatives.Count > 0)
                found[term.Text] = alternatives;
        }
        return found;
    }

    // A term is a stem ("recycl"): its synonyms are those of every word that stems to it.
    private IReadOnlyList<SynonymPhrase> Analyze(string term)
    {
        var words = loading.Result!;
        var phrases = new List<SynonymPhrase>();
        if (!stems.TryGetValue(term, out var lemmas))
            return phrases;
        foreach (var other in lemmas.Where(words.ContainsKey).SelectMany(l => words[l]))
        {
            var tokens = KnowledgeAnalyzer.Tokens(analyzer, other, int.MaxValue);
            if (tokens.Count == 0 || (tokens.Count == 1 && tokens[0].Text == term))
                continue;
            var start = tokens[0].Position;
            var phrase = new SynonymPhrase([.. tokens.Select(t => t.Text)], [.. tokens.Select(t => t.Position - start)]);
            if (!phrases.Contains(phrase))
                phrases.Add(phrase);
            if (phrases.Count == MaxPerTerm)
                break;
        }
        return phrases;
    }

    private IReadOnlyDictionary<string, IReadOnlyList<string>>? Load(string folder, ILogger log)
    {
        try
        {
            var words = WordNetDictionary.Load(folder);
            using var stemmer = KnowledgeAnalyzer.Create();
            foreach (var word in words.Keys.Where(w => !w.Contains(' ')))
            {
                var tokens = KnowledgeAnalyzer.Tokens(stemmer, word, 1);
                if (tokens.Count == 1)
                    stems.GetOrAdd(tokens[0].Text, _ => []).Add(word);
            }
            log.LogInformation("Loaded WordNet synonyms for {Count} words from {Folder}.", words.Count, folder);
            return words;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError("WordNet was not loaded from {Folder} ({Problem}); questions are searched without it.", folder, e.Message);
            return null;
        }
    }

    public void Dispose() => analyzer.Dispose();
}
