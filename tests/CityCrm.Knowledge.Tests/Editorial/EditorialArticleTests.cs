using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Editorial;

public sealed class EditorialArticleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly EditorialAuthor Erin = new("editor", "Erin Editor");
    private static readonly EditorialAuthor Sam = new("supervisor", "Sam Supervisor");

    private static EditorialArticle Stored(EditorialArticle article) =>
        EditorialArticle.Load(new EditorialEntry(article.ToRecord(), article.Head));

    private static EditorialArticle InReview()
    {
        var article = Stored(EditorialArticle.Create(TestArticles.Potholes, Erin, T0, "first draft"));
        article.Submit(T0);
        return Stored(article);
    }

    [Fact]
    public void Create_NewArticle_IsDraftVersionOneByAuthor()
    {
        var article = EditorialArticle.Create(TestArticles.Potholes, Erin, T0, "first draft");

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(1, article.HeadVersion);
        Assert.Null(article.PublishedVersion);
        var version = article.PendingVersion!;
        Assert.Equal((1, "editor", "Erin Editor", T0, "first draft"), (version.Number, version.Author, version.AuthorName, version.At, version.Comment));
        Assert.Equal(("potholes", "Report a pothole", 1), (version.Content.Id, version.Content.Title, version.Content.Version));
    }

    [Fact]
    public void Publish_InReview_PublishesHeadVersion()
    {
        var article = InReview();

        var published = article.Publish(null, T0);

        Assert.Equal(1, published);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(1, article.PublishedVersion);
    }

    [Fact]
    public void Publish_Draft_ThrowsTransition()
    {
        var article = Stored(EditorialArticle.Create(TestArticles.Potholes, Erin, T0, null));

        var error = Assert.Throws<EditorialTransitionException>(() => article.Publish(null, T0));

        Assert.Equal(ArticleStatus.Draft, error.Status);
        Assert.Null(article.PublishedVersion);
    }

    [Fact]
    public void Publish_VersionAfterHead_ThrowsNotFound()
    {
        var article = InReview();

        Assert.Throws<EditorialArticleNotFoundException>(() => article.Publish(2, T0));
    }

    [Fact]
    public void Save_PublishedArticle_StartsDraftWhilePublishedVersionStays()
    {
        var article = InReview();
        article.Publish(null, T0);
        article = Stored(article);

        var version = article.Save(TestArticles.Potholes with { Title = "Report a pothole today" }, 1, Sam, T0, "shorter");

        Assert.Equal(2, version.Number);
        Assert.Equal(2, version.Content.Version);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(1, article.PublishedVersion);
        Assert.Equal("Sam Supervisor", article.ToRecord().HeadAuthorName);
    }

    [Fact]
    public void Save_StaleBaseVersion_ThrowsConflictNamingHeadAndAuthor()
    {
        var article = Stored(EditorialArticle.Create(TestArticles.Potholes, Erin, T0, null));
        article.Save(TestArticles.Potholes with { Summary = "Erin's change" }, 1, Erin, T0, null);
        article = Stored(article);

        var error = Assert.Throws<EditConflictException>(() => article.Save(TestArticles.Potholes with { Summary = "Sam's change" }, 1, Sam, T0, null));

        Assert.Equal(2, error.CurrentVersion);
        Assert.Equal("Erin Editor", error.CurrentAuthorName);
        Assert.Equal("Erin's change", article.Head.Summary);
    }

    [Fact]
    public void Save_ContentWithOtherId_KeepsTheArticlesId()
    {
        var article = Stored(EditorialArticle.Create(TestArticles.Potholes, Erin, T0, null));

        var version = article.Save(TestArticles.Recycling, 1, Erin, T0, null);

        Assert.Equal("potholes", version.Content.Id);
    }

    [Fact]
    public void Archive_Published_StopsPublishingAndSaveIsRefusedUntilRestored()
    {
        var article = InReview();
        article.Publish(null, T0);

        article.Archive(T0);

        Assert.Equal(ArticleStatus.Archived, article.Status);
        Assert.Null(article.PublishedVersion);
        Assert.Throws<EditorialTransitionException>(() => article.Save(TestArticles.Potholes, 1, Erin, T0, null));
        article.Restore(T0);
        Assert.Equal(ArticleStatus.Draft, article.Status);
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.InReview)]
    [InlineData(ArticleStatus.Published)]
    public void Restore_NotArchived_ThrowsTransition(ArticleStatus status)
    {
        var record = new EditorialRecord("potholes", status, 1, status == ArticleStatus.Published ? 1 : null, 3, "Erin Editor", T0);
        var article = EditorialArticle.Load(new EditorialEntry(record, TestArticles.Potholes));

        Assert.Throws<EditorialTransitionException>(() => article.Restore(T0));
        Assert.Equal(status, article.Status);
    }

    [Fact]
    public void Submit_InReview_ThrowsTransition() =>
        Assert.Throws<EditorialTransitionException>(() => InReview().Submit(T0));

    [Fact]
    public void Rollback_ToVersionOne_AddsNewVersionWithItsContent()
    {
        var created = EditorialArticle.Create(TestArticles.Potholes, Erin, T0, null);
        var first = created.PendingVersion!;
        var article = Stored(created);
        article.Save(TestArticles.Potholes with { Body = "Changed" }, 1, Erin, T0, null);

        var rolledBack = article.Rollback(first, 2, Sam, T0);

        Assert.Equal(3, rolledBack.Number);
        Assert.Equal(first.Content with { Version = 3 }, rolledBack.Content);
        Assert.Equal("Rolled back to version 1", rolledBack.Comment);
    }

    [Fact]
    public void Amend_LivePublishedHead_PublishesTheNewVersion()
    {
        var article = InReview();
        article.Publish(null, T0);

        var version = article.Amend(a => a with { Questions = [.. a.Questions, "pothole on my road"] }, null, Erin, T0, "phrasing");

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(version.Number, article.PublishedVersion);
        Assert.Contains("pothole on my road", article.Head.Questions);
    }

    [Fact]
    public void Amend_Draft_StaysDraftUnpublished()
    {
        var article = Stored(EditorialArticle.Create(TestArticles.Potholes, Erin, T0, null));

        article.Amend(a => a with { Questions = ["new"] }, 1, Erin, T0, "phrasing");

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.PublishedVersion);
    }

    [Fact]
    public void ToRecord_AfterChange_MovesRevisionOnFromLoaded()
    {
        var article = InReview();

        article.Publish(null, T0);

        Assert.Equal(article.LoadedRevision + 1, article.ToRecord().Revision);
    }
}
