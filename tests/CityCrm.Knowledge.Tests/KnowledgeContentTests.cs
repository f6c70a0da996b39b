using System.Text.RegularExpressions;
using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests;

/// <summary>Checks on the demo city's real articles in bots/City311/knowledge.</summary>
public sealed partial class KnowledgeContentTests
{
    private static Task<IReadOnlyList<Article>> ReadContentAsync() =>
        ArticleFolder.ReadAllAsync(RepositoryPaths.KnowledgeContent, CancellationToken.None);

    [Fact]
    public async Task Content_EveryFile_ParsesWithIdEqualToFileName()
    {
        var files = Directory.GetFiles(RepositoryPaths.KnowledgeContent, "*.md");

        var articles = await ReadContentAsync();

        Assert.Equal(files.Length, articles.Count);
        Assert.True(articles.Count >= 40, $"only {articles.Count} articles");
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Content_EveryArticle_HasThreeToEightQuestionsTagsAndDepartment()
    {
        var articles = await ReadContentAsync();

        Assert.All(articles, a =>
        {
            Assert.InRange(a.Questions.Count, 3, 8);
            Assert.NotEmpty(a.Tags);
            Assert.False(string.IsNullOrWhiteSpace(a.Department), $"{a.Id} has no department");
        });
    }

    [Fact]
    public async Task Content_RelatedArticles_ExistAndAreNotTheArticleItself()
    {
        var articles = await ReadContentAsync();
        var ids = articles.Select(a => a.Id).ToHashSet();

        Assert.All(articles, a =>
        {
            Assert.NotEmpty(a.Related);
            Assert.All(a.Related, r => Assert.True(ids.Contains(r) && r != a.Id, $"{a.Id} relates to '{r}'"));
        });
    }

    [Fact]
    public async Task Content_VoiceVariants_ArePlainSpeech()
    {
        var voiced = (await ReadContentAsync()).Where(a => a.VoiceAnswer is not null).ToList();

        Assert.True(voiced.Count >= 10, $"only {voiced.Count} articles have a spoken answer");
        Assert.All(voiced, a => Assert.DoesNotMatch(@"https?:|www\.|[*#_`\[\]]", a.VoiceAnswer!));
    }

    [Fact]
    public async Task Content_InternalLinks_PointToExistingArticles()
    {
        var articles = await ReadContentAsync();
        var ids = articles.Select(a => a.Id).ToHashSet();

        var broken = articles
            .SelectMany(a => KbLink().Matches(a.Body + "\n" + a.Summary).Select(m => (From: a.Id, To: m.Groups[1].Value)))
            .Where(link => !ids.Contains(link.To))
            .Select(link => $"{link.From} -> {link.To}")
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public async Task Content_InternalLinks_AreUsed()
    {
        var articles = await ReadContentAsync();

        var linking = articles.Count(a => KbLink().IsMatch(a.Body));

        Assert.True(linking >= articles.Count * 3 / 4, $"only {linking} articles link to another");
    }

    [GeneratedRegex(@"\]\(/kb/([^)\s#]+)\)")]
    private static partial Regex KbLink();
}
