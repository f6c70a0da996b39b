using CityCrm.City311.Api.Dtos;
using CityCrm.Knowledge.Editorial;

namespace CityCrm.City311.Api;

/// <summary>Editorial entities to the editor API's DTOs.</summary>
internal static class KnowledgeEditorMapping
{
    public static string StatusName(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "draft",
        ArticleStatus.InReview => "in-review",
        ArticleStatus.Published => "published",
        ArticleStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParseStatus(string name, out ArticleStatus status)
    {
        foreach (var candidate in Enum.GetValues<ArticleStatus>())
        {
            if (string.Equals(StatusName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static EditorArticleSummaryDto ToSummary(EditorialListItem item) => new(
        item.Record.Id, item.Head.Title, item.Head.Language, StatusName(item.Record.Status), item.Record.HeadVersion,
        item.Record.PublishedVersion, item.Head.Owner, item.Head.Department, item.Head.TranslationOf, item.TranslationOutOfDate,
        item.Record.HeadAuthorName, item.Record.UpdatedAt);

    public static EditorArticleDetailDto ToDetail(EditorialListItem item) => new(
        item.Record.Id, StatusName(item.Record.Status), item.Record.HeadVersion, item.Record.PublishedVersion,
        item.Record.HeadAuthorName, item.Record.UpdatedAt, item.TranslationOutOfDate,
        EditorArticleContentDto.From(item.Head), KnowledgePages.Url(item.Record.Id));

    public static ArticleVersionDto ToVersion(ArticleVersion version, int? publishedVersion, bool withContent) => new(
        version.Number, version.Author, version.AuthorName, version.At, version.Comment, version.Number == publishedVersion,
        withContent ? EditorArticleContentDto.From(version.Content) : null);

    public static ArticleDiffDto ToDiff(int from, int to, IReadOnlyList<FieldDiff> fields) => new(
        from, to,
        [.. fields.Select(f => new FieldDiffDto(f.Field, f.Changed,
            [.. f.Lines.Select(l => new DiffLineDto(l.Kind.ToString().ToLowerInvariant(), l.Text))]))]);
}
