using CityCrm.Knowledge.Indexing;

namespace CityCrm.Knowledge.Editorial;

/// <summary>
/// The editors' workflow over the editorial history, the published article store and the search index.
/// Publishing writes the version into the store and the index, so it answers residents within the index's
/// refresh interval; archiving removes it from both. Published articles without a history get one (version 1,
/// by "import") the first time an editor reads them.
/// </summary>
public sealed class EditorialService(
    IEditorialStore history, IArticleStore published, LuceneArticleIndex index, TimeProvider clock, IArticleChangeNotice? notice = null)
{
    /// <summary>The longest phrasing <see cref="AddPhrasingAsync"/> accepts: a resident's question, not a document.</summary>
    public const int MaxPhrasingLength = 1000;

    /// <summary>Every article, published or in the history, with its translation flag; by id.</summary>
    public async Task<IReadOnlyList<EditorialListItem>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = (await history.ListAsync(cancellationToken)).ToDictionary(e => e.Record.Id, StringComparer.Ordinal);
        foreach (var article in await published.ListAsync(cancellationToken))
        {
            if (!entries.ContainsKey(article.Id))
                entries[article.Id] = await ImportAsync(article, cancellationToken);
        }
        return [.. entries.Values
            .OrderBy(e => e.Record.Id, StringComparer.Ordinal)
            .Select(e => new EditorialListItem(e.Record, e.Head, IsOutOfDate(e.Head, entries)))];
    }

    /// <summary>The article's workflow state and head content.</summary>
    /// <exception cref="EditorialArticleNotFoundException">Neither published nor in the history.</exception>
    public async Task<EditorialListItem> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entry = await LoadEntryAsync(id, cancellationToken);
        var outOfDate = false;
        if (entry.Head.TranslationOf is { } source && await FindEntryAsync(source, cancellationToken) is { } sourceEntry)
            outOfDate = TranslationParity.IsOutOfDate(entry.Head, sourceEntry.Record.PublishedVersion);
        return new EditorialListItem(entry.Record, entry.Head, outOfDate);
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        await LoadEntryAsync(id, cancellationToken);
        return await history.ListVersionsAsync(id, cancellationToken);
    }

    public async Task<ArticleVersion> GetVersionAsync(string id, int number, CancellationToken cancellationToken)
    {
        await LoadEntryAsync(id, cancellationToken);
        return await history.GetVersionAsync(id, number, cancellationToken) ?? throw new EditorialArticleNotFoundException(id, number);
    }

    /// <summary>What changed from version <paramref name="from"/> to version <paramref name="to"/>, per field.</summary>
    public async Task<IReadOnlyList<FieldDiff>> DiffAsync(string id, int from, int to, CancellationToken cancellationToken)
    {
        var before = await GetVersionAsync(id, from, cancellationToken);
        var after = await GetVersionAsync(id, to, cancellationToken);
        return ArticleDiff.Compare(before.Content, after.Content);
    }

    /// <summary>A new article as version 1, a draft.</summary>
    /// <exception cref="ArticleValidationException">The content is not valid, or the id is taken.</exception>
    public async Task<EditorialArticle> CreateAsync(Article content, EditorialAuthor author, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var known = await KnownLanguagesAsync(content.Id, cancellationToken);
        if (await FindEntryAsync(content.Id, cancellationToken) is not null)
            throw ArticleValidationException.For("id", $"An article with the id '{content.Id}' already exists.");
        Validate(content, known);
        var article = EditorialArticle.Create(content, author, clock.GetUtcNow(), comment);
        await history.SaveAsync(article.ToRecord(), article.PendingVersion, 0, cancellationToken);
        return article;
    }

    /// <summary>Saves the next version, based on <paramref name="baseVersion"/>.</summary>
    public Task<EditorialArticle> SaveAsync(string id, Article content, int baseVersion, EditorialAuthor author, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (article, ct) =>
        {
            Validate(content with { Id = id }, await KnownLanguagesAsync(id, ct));
            article.Save(content, baseVersion, author, clock.GetUtcNow(), comment);
        }, cancellationToken);

    public Task<EditorialArticle> SubmitAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (article, _) => Done(() => article.Submit(clock.GetUtcNow())), cancellationToken);

    /// <summary>Publishes the head version, or <paramref name="version"/>; it answers residents once this returns.</summary>
    public Task<EditorialArticle> PublishAsync(string id, int? version, CancellationToken cancellationToken) =>
        ChangeAsync(id, (article, _) => Done(() => article.Publish(version, clock.GetUtcNow())), cancellationToken);

    public Task<EditorialArticle> ArchiveAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (article, _) => Done(() => article.Archive(clock.GetUtcNow())), cancellationToken);

    public Task<EditorialArticle> RestoreAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (article, _) => Done(() => article.Restore(clock.GetUtcNow())), cancellationToken);

    /// <summary>Saves the content of <paramref name="version"/> as the next version.</summary>
    public Task<EditorialArticle> RollbackAsync(string id, int version, int baseVersion, EditorialAuthor author, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (article, ct) =>
        {
            var target = await history.GetVersionAsync(id, version, ct) ?? throw new EditorialArticleNotFoundException(id, version);
            article.Rollback(target, baseVersion, author, clock.GetUtcNow());
        }, cancellationToken);

    /// <summary>Adds a resident's question as a phrasing (a new version, published at once when the head was published).</summary>
    public Task<EditorialArticle> AddPhrasingAsync(string id, string question, int? baseVersion, EditorialAuthor author, CancellationToken cancellationToken)
    {
        var phrasing = question.Trim();
        if (phrasing.Length == 0)
            throw ArticleValidationException.For("question", "Enter the question.");
        if (phrasing.Length > MaxPhrasingLength)
            throw ArticleValidationException.For("question", $"Keep a phrasing to {MaxPhrasingLength} characters.");
        return ChangeAsync(id, (article, _) => Done(() => article.Amend(
            head => head.Questions.Contains(phrasing, StringComparer.OrdinalIgnoreCase) ? head : head with { Questions = [.. head.Questions, phrasing] },
            baseVersion, author, clock.GetUtcNow(), "Added a resident's question as a phrasing")), cancellationToken);
    }

    /// <summary>Records that a translation matches its source's published version (a new version, published at once when the head was).</summary>
    public Task<EditorialArticle> ConfirmTranslationAsync(string id, int? baseVersion, EditorialAuthor author, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (article, ct) =>
        {
            var source = article.Head.TranslationOf ?? throw ArticleValidationException.For("translationOf", "This article is not a translation.");
            var sourceVersion = (await FindEntryAsync(source, ct))?.Record.PublishedVersion
                ?? throw ArticleValidationException.For("translationOf", $"'{source}' has no published version to match.");
            article.Amend(head => head with { SourceVersion = sourceVersion }, baseVersion, author, clock.GetUtcNow(),
                $"Confirmed the translation matches version {sourceVersion} of '{source}'");
        }, cancellationToken);

    private async Task<EditorialArticle> ChangeAsync(string id, Func<EditorialArticle, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var article = EditorialArticle.Load(await LoadEntryAsync(id, cancellationToken));
        var wasPublished = article.PublishedVersion;
        await change(article, cancellationToken);
        await history.SaveAsync(article.ToRecord(), article.PendingVersion, article.LoadedRevision, cancellationToken);
        await GoLiveAsync(article, wasPublished, cancellationToken);
        return article;
    }

    // The editorial history is written first: it is the record of what should answer, and a retry of the same
    // action after a failure here finds the state already moved on and re-applies the store and index.
    private async Task GoLiveAsync(EditorialArticle article, int? wasPublished, CancellationToken cancellationToken)
    {
        if (article.PublishedVersion is { } number && number != wasPublished)
        {
            var content = number == article.HeadVersion
                ? article.Head
                : (await history.GetVersionAsync(article.Id, number, cancellationToken))!.Content;
            var live = content with { Id = article.Id, Version = number };
            await published.UpsertAsync(live, cancellationToken);
            index.Index(live);
            if (notice is not null)
                await notice.ChangedAsync(article.Id, number, cancellationToken);
        }
        else if (article.PublishedVersion is null && wasPublished is not null)
        {
            await published.DeleteAsync(article.Id, cancellationToken);
            index.Delete(article.Id);
            if (notice is not null)
                await notice.ChangedAsync(article.Id, null, cancellationToken);
        }
    }

    private async Task<EditorialEntry> LoadEntryAsync(string id, CancellationToken cancellationToken) =>
        await FindEntryAsync(id, cancellationToken) ?? throw new EditorialArticleNotFoundException(id);

    private async Task<EditorialEntry?> FindEntryAsync(string id, CancellationToken cancellationToken)
    {
        if (await history.GetAsync(id, cancellationToken) is { } entry)
            return entry;
        return await published.GetAsync(id, cancellationToken) is { } article ? await ImportAsync(article, cancellationToken) : null;
    }

    private async Task<EditorialEntry> ImportAsync(Article article, CancellationToken cancellationToken)
    {
        var imported = EditorialArticle.Import(article, clock.GetUtcNow());
        try
        {
            await history.SaveAsync(imported.ToRecord(), imported.PendingVersion, 0, cancellationToken);
            return new EditorialEntry(imported.ToRecord(), imported.Head);
        }
        catch (EditConflictException)
        {
            // Another request imported it at the same moment: theirs stands.
            return (await history.GetAsync(article.Id, cancellationToken))!;
        }
    }

    private async Task<Dictionary<string, string>> KnownLanguagesAsync(string exceptId, CancellationToken cancellationToken)
    {
        var known = (await published.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Language, StringComparer.Ordinal);
        foreach (var entry in await history.ListAsync(cancellationToken))
            known[entry.Record.Id] = entry.Head.Language;
        known.Remove(exceptId);
        return known;
    }

    private static void Validate(Article content, IReadOnlyDictionary<string, string> known)
    {
        var errors = ArticleValidator.Validate(content, known);
        if (errors.Count > 0)
            throw new ArticleValidationException(errors);
    }

    private static bool IsOutOfDate(Article head, IReadOnlyDictionary<string, EditorialEntry> entries) =>
        head.TranslationOf is { } source && entries.TryGetValue(source, out var entry)
        && TranslationParity.IsOutOfDate(head, entry.Record.PublishedVersion);

    private static Task Done(Action action)
    {
        action();
        return Task.CompletedTask;
    }
}
