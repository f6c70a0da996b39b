using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IEditorialStore"/> contract; every implementation runs it.</summary>
public abstract class EditorialStoreContract : StoreContract<IEditorialStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 9, 30, 0, TimeSpan.Zero);

    private static readonly Article Full = new(
        "bulky-items", "Bulky item pickup", "Book a pickup for furniture.", "## Booking\n\nCall 311.",
        ["How do I get rid of a sofa?"], ["trash", "bulky"], "Public Works", "en")
    {
        Owner = "Public Works",
        Audience = "residents",
        Related = ["recycling-pickup"],
        ValidFrom = new DateOnly(2026, 1, 1),
        ValidUntil = new DateOnly(2026, 12, 31),
        SmsAnswer = "Call 311 to book a bulky item pickup.",
        VoiceAnswer = "Call three one one to book a pickup.",
        TranslationOf = "objetos-grandes",
        SourceVersion = 2,
        Version = 1,
    };

    private static EditorialRecord Record(int head, int revision, ArticleStatus status = ArticleStatus.Draft, int? published = null, string author = "Erin Editor") =>
        new("bulky-items", status, head, published, revision, author, T0);

    private static ArticleVersion Version(int number, string title, string authorName = "Erin Editor") =>
        new(number, Full with { Title = title, Version = number }, "editor", authorName, T0.AddMinutes(number), number == 1 ? null : "edit");

    [Fact]
    public async Task SaveAsync_NewArticle_ReadsBackEveryFieldOfTheSnapshot()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, Full.Title), 0, None);

        var entry = await Store.GetAsync("bulky-items", None);
        var version = await Store.GetVersionAsync("bulky-items", 1, None);

        Assert.Equal(Record(1, 1), entry?.Record);
        Assert.NotNull(version);
        var read = version.Content;
        Assert.Equal((Full.Id, Full.Title, Full.Summary, Full.Body, Full.Department, Full.Language), (read.Id, read.Title, read.Summary, read.Body, read.Department, read.Language));
        Assert.Equal([Full.Questions, Full.Tags, Full.Related], [read.Questions, read.Tags, read.Related]);
        Assert.Equal((Full.Owner, Full.Audience, Full.ValidFrom, Full.ValidUntil), (read.Owner, read.Audience, read.ValidFrom, read.ValidUntil));
        Assert.Equal((Full.SmsAnswer, Full.VoiceAnswer, Full.TranslationOf, Full.SourceVersion, 1), (read.SmsAnswer, read.VoiceAnswer, read.TranslationOf, read.SourceVersion, read.Version));
        Assert.Equal(("editor", "Erin Editor", T0.AddMinutes(1), (string?)null), (version.Author, version.AuthorName, version.At, version.Comment));
    }

    [Fact]
    public async Task SaveAsync_NextVersion_MovesHeadAndKeepsHistory()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, "First"), 0, None);

        await Store.SaveAsync(Record(2, 2, author: "Sam Supervisor"), Version(2, "Second", "Sam Supervisor"), 1, None);

        var entry = await Store.GetAsync("bulky-items", None);
        Assert.Equal(("Second", 2, "Sam Supervisor"), (entry!.Head.Title, entry.Record.HeadVersion, entry.Record.HeadAuthorName));
        Assert.Equal(["First", "Second"], (await Store.ListVersionsAsync("bulky-items", None)).Select(v => v.Content.Title));
    }

    [Fact]
    public async Task SaveAsync_StaleRevision_ThrowsConflictNamingHeadAndWritesNothing()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, "First"), 0, None);
        await Store.SaveAsync(Record(2, 2), Version(2, "Erin's"), 1, None);

        var error = await Assert.ThrowsAsync<EditConflictException>(() =>
            Store.SaveAsync(Record(2, 2, author: "Sam Supervisor"), Version(2, "Sam's", "Sam Supervisor"), 1, None));

        Assert.Equal((2, "Erin Editor"), (error.CurrentVersion, error.CurrentAuthorName));
        Assert.Equal("Erin's", (await Store.GetVersionAsync("bulky-items", 2, None))?.Content.Title);
        Assert.Equal(2, (await Store.ListVersionsAsync("bulky-items", None)).Count);
    }

    [Fact]
    public async Task SaveAsync_CreateExistingArticle_ThrowsConflict()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, "First"), 0, None);

        await Assert.ThrowsAsync<EditConflictException>(() => Store.SaveAsync(Record(1, 1), Version(1, "Again"), 0, None));
        Assert.Equal("First", (await Store.GetAsync("bulky-items", None))?.Head.Title);
    }

    [Fact]
    public async Task SaveAsync_StatusOnly_UpdatesRecordWithoutVersion()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, "First"), 0, None);

        await Store.SaveAsync(Record(1, 2, ArticleStatus.Published, published: 1), null, 1, None);

        var entry = await Store.GetAsync("bulky-items", None);
        Assert.Equal((ArticleStatus.Published, 1, 2), (entry!.Record.Status, entry.Record.PublishedVersion, entry.Record.Revision));
        Assert.Single(await Store.ListVersionsAsync("bulky-items", None));
    }

    [Fact]
    public async Task SaveAsync_TenParallelSavesFromSameRevision_ExactlyOneWins()
    {
        await Store.SaveAsync(Record(1, 1), Version(1, "First"), 0, None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.SaveAsync(Record(2, 2), Version(2, $"Edit {i}"), 1, None);
                return true;
            }
            catch (EditConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(2, (await Store.ListVersionsAsync("bulky-items", None)).Count);
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNullAndNoVersions()
    {
        Assert.Null(await Store.GetAsync("nowhere", None));
        Assert.Null(await Store.GetVersionAsync("nowhere", 1, None));
        Assert.Empty(await Store.ListVersionsAsync("nowhere", None));
        Assert.Empty(await Store.ListAsync(None));
    }
}
