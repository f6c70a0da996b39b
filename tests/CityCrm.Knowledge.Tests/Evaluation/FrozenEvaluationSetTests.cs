using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Evaluation;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Evaluation;

/// <summary>The frozen set in bots/City311/knowledge-eval: changing it changes every reported figure.</summary>
public sealed partial class FrozenEvaluationSetTests
{
    private static string SetPath => Path.Combine(RepositoryPaths.Root, "bots", "City311", "knowledge-eval", "questions.jsonl");

    [Fact]
    public async Task Load_FrozenSet_HasTheFrozenCounts()
    {
        var set = await EvaluationSet.LoadAsync(SetPath, CancellationToken.None);

        var english = set.Where(q => q.Language == "en").ToList();
        var spanish = set.Where(q => q.Language == "es").ToList();
        Assert.Equal(212, english.Count(q => q.ExpectedId is not null));
        Assert.Equal(24, english.Count(q => q.ExpectedId is null));
        Assert.Equal(34, spanish.Count(q => q.ExpectedId is not null));
        Assert.Equal(2, spanish.Count(q => q.ExpectedId is null));
        Assert.Equal(set.Count, english.Count + spanish.Count);
    }

    [Fact]
    public async Task Load_FrozenSet_EveryIdExistsAndEveryArticleHasTwoQuestions()
    {
        var set = await EvaluationSet.LoadAsync(SetPath, CancellationToken.None);
        var articles = await ArticleFolder.ReadAllAsync(RepositoryPaths.KnowledgeContent, CancellationToken.None);
        var ids = articles.Select(a => a.Id).ToHashSet();

        Assert.All(set.Where(q => q.ExpectedId is not null), q => Assert.Contains(q.ExpectedId!, ids));
        Assert.All(ids, id => Assert.True(set.Count(q => q.ExpectedId == id) >= 2, $"{id} has fewer than 2 questions"));
    }

    [Fact]
    public async Task Load_FrozenSet_DoesNotCopyTheArticlesPhrasings()
    {
        var set = await EvaluationSet.LoadAsync(SetPath, CancellationToken.None);
        var articles = await ArticleFolder.ReadAllAsync(RepositoryPaths.KnowledgeContent, CancellationToken.None);
        var phrasings = articles.SelectMany(a => a.Questions).Select(Normal).ToHashSet();

        Assert.All(set, q => Assert.DoesNotContain(Normal(q.Question), phrasings));
        Assert.Equal(set.Count, set.Select(q => Normal(q.Question)).Distinct().Count());
    }

    [Fact]
    public async Task Read_BadLine_ReportsItsNumber()
    {
        using var reader = new StringReader("{\"q\": \"ok\", \"id\": null}\n{\"q\": 3}\n");

        var error = await Assert.ThrowsAsync<FormatException>(() => EvaluationSet.ReadAsync(reader, CancellationToken.None));

        Assert.StartsWith("line 2:", error.Message);
    }

    // Accents are dropped first, so "¿Cómo pago?" and "como pago" count as the same phrasing.
    private static string Normal(string text) =>
        NotWord().Replace(new string([.. text.ToLowerInvariant().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]), " ").Trim();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotWord();
}
