namespace CityCrm.Knowledge.Editorial;

/// <summary>
/// One article's editorial workflow: Draft, InReview, Published, back to Draft on the next edit (the published
/// version keeps answering meanwhile), and Archived (answers nobody; restorable to a draft). Every change of
/// content is a new numbered version; an edit must be based on the current head version.
/// </summary>
public sealed class EditorialArticle
{
    private EditorialArticle(EditorialRecord record, Article head, ArticleVersion? pending)
    {
        Record = record;
        Head = head;
        PendingVersion = pending;
    }

    /// <summary>The state as loaded (or as created); <see cref="ToRecord"/> gives the state to store.</summary>
    public EditorialRecord Record { get; private set; }

    public string Id => Record.Id;

    public ArticleStatus Status => Record.Status;

    public int HeadVersion => Record.HeadVersion;

    public int? PublishedVersion => Record.PublishedVersion;

    /// <summary>The revision the store holds now; a write is refused if it has moved on.</summary>
    public int LoadedRevision { get; private init; }

    /// <summary>The content of the head version.</summary>
    public Article Head { get; private set; }

    /// <summary>The version created by the last change, not yet stored; null when only the status changed.</summary>
    public ArticleVersion? PendingVersion { get; private set; }

    /// <summary>Loads a stored article.</summary>
    public static EditorialArticle Load(EditorialEntry entry) =>
        new(entry.Record, entry.Head, null) { LoadedRevision = entry.Record.Revision };

    /// <summary>A new article: version 1, a draft.</summary>
    public static EditorialArticle Create(Article content, EditorialAuthor author, DateTimeOffset at, string? comment)
    {
        var version = new ArticleVersion(1, content with { Version = 1 }, author.UserName, author.DisplayName, at, comment);
        return new(new EditorialRecord(content.Id, ArticleStatus.Draft, 1, null, 0, author.DisplayName, at), version.Content, version);
    }

    /// <summary>A published article that has no history yet: it becomes version 1, published, by "import".</summary>
    public static EditorialArticle Import(Article published, DateTimeOffset at)
    {
        var author = EditorialAuthor.Import;
        var version = new ArticleVersion(1, published with { Version = 1 }, author.UserName, author.DisplayName, at, "Imported from the published articles");
        return new(new EditorialRecord(published.Id, ArticleStatus.Published, 1, 1, 0, author.DisplayName, at), version.Content, version);
    }

    /// <summary>Saves new content as the next version; a published article becomes a draft while the published version keeps answering.</summary>
    /// <exception cref="EditConflictException">The head is no longer <paramref name="baseVersion"/>.</exception>
    public ArticleVersion Save(Article content, int baseVersion, EditorialAuthor author, DateTimeOffset at, string? comment)
    {
        ArgumentNullException.ThrowIfNull(content);
        Require(Status != ArticleStatus.Archived, "edited (restore it first)");
        if (baseVersion != HeadVersion)
            throw new EditConflictException(Id, HeadVersion, Record.HeadAuthorName);
        var number = HeadVersion + 1;
        var version = new ArticleVersion(number, content with { Id = Id, Version = number }, author.UserName, author.DisplayName, at, comment);
        Record = Record with { Status = ArticleStatus.Draft, HeadVersion = number, HeadAuthorName = author.DisplayName, UpdatedAt = at };
        Head = version.Content;
        PendingVersion = version;
        return version;
    }

    /// <summary>
    /// A small correction (a new phrasing, a confirmed translation) saved as the next version; when the head was
    /// the published version, the new version is published too, so the correction answers at once.
    /// </summary>
    public ArticleVersion Amend(Func<Article, Article> change, int? baseVersion, EditorialAuthor author, DateTimeOffset at, string comment)
    {
        ArgumentNullException.ThrowIfNull(change);
        var wasLive = Status == ArticleStatus.Published && PublishedVersion == HeadVersion;
        var version = Save(change(Head), baseVersion ?? HeadVersion, author, at, comment);
        if (wasLive)
            Record = Record with { Status = ArticleStatus.Published, PublishedVersion = version.Number };
        return version;
    }

    /// <summary>Saves the content of an earlier version as the next version; the history keeps everything.</summary>
    public ArticleVersion Rollback(ArticleVersion target, int baseVersion, EditorialAuthor author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Save(target.Content, baseVersion, author, at, $"Rolled back to version {target.Number}");
    }

    /// <summary>Draft to InReview.</summary>
    public void Submit(DateTimeOffset at)
    {
        Require(Status == ArticleStatus.Draft, "submitted for review");
        Record = Record with { Status = ArticleStatus.InReview, UpdatedAt = at };
    }

    /// <summary>InReview to Published, with the head version or the given one.</summary>
    /// <returns>The version to publish.</returns>
    public int Publish(int? version, DateTimeOffset at)
    {
        Require(Status == ArticleStatus.InReview, "published (submit it for review first)");
        var number = version ?? HeadVersion;
        if (number < 1 || number > HeadVersion)
            throw new EditorialArticleNotFoundException(Id, number);
        Record = Record with { Status = ArticleStatus.Published, PublishedVersion = number, UpdatedAt = at };
        return number;
    }

    /// <summary>Any status but Archived to Archived: the article stops answering residents.</summary>
    public void Archive(DateTimeOffset at)
    {
        Require(Status != ArticleStatus.Archived, "archived again");
        Record = Record with { Status = ArticleStatus.Archived, PublishedVersion = null, UpdatedAt = at };
    }

    /// <summary>Archived to Draft.</summary>
    public void Restore(DateTimeOffset at)
    {
        Require(Status == ArticleStatus.Archived, "restored (only archived articles can be)");
        Record = Record with { Status = ArticleStatus.Draft, UpdatedAt = at };
    }

    /// <summary>The state to store: the record with its revision moved on.</summary>
    public EditorialRecord ToRecord() => Record with { Revision = LoadedRevision + 1 };

    private void Require(bool allowed, string action)
    {
        if (!allowed)
            throw new EditorialTransitionException(Id, Status, action);
    }
}
