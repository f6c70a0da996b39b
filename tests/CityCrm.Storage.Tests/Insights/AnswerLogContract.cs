using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Insights;

/// <summary>What every <see cref="IAnswerLog"/> must do, whatever it stores records in.</summary>
public abstract class AnswerLogContract : StoreContract<IAnswerLog>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task AddAsync_FullRecord_ReadsBackEveryField()
    {
        var record = Record("a1", "c1", T0) with
        {
            Hits = [new AnswerRecordHit("recycling-pickup", 3, 0.91), new AnswerRecordHit("trash-pickup", 1, 0.4)],
            ArticleId = "recycling-pickup",
            ArticleVersion = 3,
            Confidence = 0.87,
            Language = "es",
            Channel = "sms",
        };

        await Store.AddAsync(record, None);

        var read = await Store.GetAsync("a1", None);
        Assert.NotNull(read);
        Assert.Equal(record with { Hits = read.Hits }, read);
        Assert.Equal(record.Hits, read.Hits);
    }

    [Fact]
    public async Task FindLatestAsync_SeveralRecords_ReturnsTheConversationsNewest()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);
        await Store.AddAsync(Record("a2", "c1", T0.AddMinutes(2)), None);
        await Store.AddAsync(Record("b1", "c2", T0.AddMinutes(5)), None);

        Assert.Equal("a2", (await Store.FindLatestAsync("c1", None))?.Id);
        Assert.Null(await Store.FindLatestAsync("c3", None));
        Assert.Equal(["a1", "a2"], (await Store.ListForConversationAsync("c1", None)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListSinceAsync_Window_ReturnsOnlyRecordsFromItsStartOldestFirst()
    {
        await Store.AddAsync(Record("old", "c1", T0.AddDays(-40)), None);
        await Store.AddAsync(Record("new2", "c2", T0.AddDays(-1)), None);
        await Store.AddAsync(Record("new1", "c1", T0.AddDays(-2)), None);

        var since = await Store.ListSinceAsync(T0.AddDays(-30), None);

        Assert.Equal(["new1", "new2"], since.Select(r => r.Id));
    }

    [Fact]
    public async Task SetFeedbackAsync_KnownAndUnknownRecord_UpdatesOnlyTheKnownOne()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);

        Assert.True(await Store.SetFeedbackAsync("a1", helpful: false, T0.AddMinutes(1), None));
        Assert.False(await Store.SetFeedbackAsync("missing", helpful: true, T0, None));

        var read = await Store.GetAsync("a1", None);
        Assert.False(read!.Helpful);
        Assert.Equal(T0.AddMinutes(1), read.FeedbackAt);
    }

    [Fact]
    public async Task RecordHandoffAsync_AfterTwoAnswers_MarksOnlyTheLatestAndOnlyOnce()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);
        await Store.AddAsync(Record("a2", "c1", T0.AddMinutes(1)), None);

        Assert.Equal("a2", await Store.RecordHandoffAsync("c1", T0.AddMinutes(3), None));
        Assert.Null(await Store.RecordHandoffAsync("c1", T0.AddMinutes(4), None));

        Assert.Null((await Store.GetAsync("a1", None))!.HandoffAt);
        Assert.Equal(T0.AddMinutes(3), (await Store.GetAsync("a2", None))!.HandoffAt);
    }

    [Fact]
    public async Task RecordHandoffAsync_NoEarlierAnswer_MarksNothing()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);

        Assert.Null(await Store.RecordHandoffAsync("c1", T0.AddMinutes(-1), None));
        Assert.Null(await Store.RecordHandoffAsync("other", T0.AddMinutes(1), None));
    }

    [Fact]
    public async Task MarkHandledAsync_SomeAlreadyHandled_CountsAndKeepsTheFirstHandling()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);
        await Store.AddAsync(Record("a2", "c2", T0), None);
        await Store.MarkHandledAsync(["a1"], "bulk-trash", T0.AddHours(1), None);

        var marked = await Store.MarkHandledAsync(["a1", "a2", "missing"], null, T0.AddHours(2), None);

        Assert.Equal(1, marked);
        var first = await Store.GetAsync("a1", None);
        Assert.Equal((T0.AddHours(1), "bulk-trash"), (first!.HandledAt, first.HandledArticleId));
        Assert.Equal(T0.AddHours(2), (await Store.GetAsync("a2", None))!.HandledAt);
        Assert.Equal(0, await Store.MarkHandledAsync([], null, T0, None));
    }

    [Fact]
    public async Task MarkHandledAsync_TwoEditorsAtOnce_CountsEachRecordOnce()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);
        await Store.AddAsync(Record("a2", "c1", T0.AddMinutes(1)), None);

        var counts = await Task.WhenAll(
            Task.Run(() => Store.MarkHandledAsync(["a1", "a2"], "bulk-trash", T0.AddHours(1), None)),
            Task.Run(() => Store.MarkHandledAsync(["a2", "a1"], "bulk-trash", T0.AddHours(1), None)));

        Assert.Equal(2, counts.Sum());
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_RefusesTheSecondAndKeepsTheFirst()
    {
        await Store.AddAsync(Record("a1", "c1", T0), None);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddAsync(Record("a1", "c1", T0.AddMinutes(1)) with { Question = "other" }, None));

        Assert.Equal(T0, (await Store.GetAsync("a1", None))!.At);
        Assert.Single(await Store.ListForConversationAsync("c1", None));
    }

    private static AnswerRecord Record(string id, string conversationId, DateTimeOffset at) => new()
    {
        Id = id,
        At = at,
        ConversationId = conversationId,
        MessageId = $"{conversationId}|0000003",
        MessageSequence = 3,
        Channel = "webchat",
        Language = "en",
        Question = "when is bulky trash picked up?",
        Confidence = 0.2,
        Decision = AnswerDecision.OfferHandoff,
        Outcome = AnswerOutcome.Declined,
    };
}
