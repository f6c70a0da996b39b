using CityCrm.Conversations.Privacy;

namespace CityCrm.Conversations.Tests.Privacy;

/// <summary>
/// The retention run without a host: what passed its period is removed once, in batches, held subjects wait until
/// their hold is released, and each run that removed something leaves counts (never words) in the audit log.
/// </summary>
public sealed class RetentionRunTests : IAsyncLifetime
{
    private RetentionHarness h = null!;

    public async Task InitializeAsync() => h = await RetentionHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task RunOnce_BeforeThePeriod_RemovesNothingAndWritesNoAudit()
    {
        var conversation = await h.ResolvedConversationAsync("+13125550201");
        h.Clock.Advance(TimeSpan.FromDays(29));

        var counts = await h.Run.RunOnceAsync(CancellationToken.None);

        Assert.False(counts.Any);
        Assert.Equal("My name is Rosa, 12 Elm St", await h.FirstTextAsync(conversation.Id));
        Assert.Empty(h.Audit.Records);
    }

    [Fact]
    public async Task RunOnce_AfterThePeriod_RemovesConversationThenContactAndAuditsCountsOnly()
    {
        var conversation = await h.ResolvedConversationAsync("+13125550202");
        h.Clock.Advance(TimeSpan.FromDays(31));

        var counts = await h.Run.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1), (counts.Conversations, counts.Messages, counts.Contacts));
        Assert.Equal(RemovedText.Retention, await h.FirstTextAsync(conversation.Id));
        Assert.Empty(await h.Conversations.FindIdentitiesAsync("+13125550202", CancellationToken.None));
        var audit = Assert.Single(h.Audit.Records);
        Assert.Equal((RetentionRun.AuditAction, "retention schedule"), (audit.Action, audit.Actor));
        Assert.DoesNotContain("Rosa", audit.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("+1312", audit.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_Twice_SecondFindsNothing()
    {
        await h.ResolvedConversationAsync("+13125550203");
        h.Clock.Advance(TimeSpan.FromDays(31));
        await h.Run.RunOnceAsync(CancellationToken.None);

        var again = await h.Run.RunOnceAsync(CancellationToken.None);

        Assert.False(again.Any);
        Assert.Single(h.Audit.Records);
    }

    [Fact]
    public async Task RunOnce_MoreThanABatch_TakesTheRestNextRun()
    {
        for (var i = 0; i < 3; i++)
            await h.ResolvedConversationAsync($"+1312555021{i}");
        h.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Equal(2, (await h.Run.RunOnceAsync(CancellationToken.None)).Conversations);
        Assert.Equal(1, (await h.Run.RunOnceAsync(CancellationToken.None)).Conversations);
    }

    [Fact]
    public async Task RunOnce_HeldContact_SkippedUntilReleased()
    {
        var conversation = await h.ResolvedConversationAsync("+13125550204");
        var hold = LegalHold.Place(HoldSubjects.Contact, conversation.ContactId, "claim", "CLAIM-1", "officer", h.Clock.GetUtcNow());
        await h.Store.PlaceHoldAsync(hold, CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromDays(31));

        Assert.False((await h.Run.RunOnceAsync(CancellationToken.None)).Any);
        Assert.NotEqual(RemovedText.Retention, await h.FirstTextAsync(conversation.Id));

        await h.Store.ReleaseHoldAsync(hold.Release("officer", h.Clock.GetUtcNow()), CancellationToken.None);
        Assert.Equal(1, (await h.Run.RunOnceAsync(CancellationToken.None)).Conversations);
    }

    [Fact]
    public async Task RunOnce_ClosedCase_KeptUntilItsOwnLongerPeriod()
    {
        var conversation = await h.ResolvedConversationAsync("+13125550205");
        var @case = await h.ClosedCaseAsync(conversation.ContactId, "R-100401");
        h.Clock.Advance(TimeSpan.FromDays(31));

        var first = await h.Run.RunOnceAsync(CancellationToken.None);
        Assert.Equal((1, 0, 0), (first.Conversations, first.Cases, first.Contacts));
        h.Clock.Advance(TimeSpan.FromDays(30));

        var second = await h.Run.RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), (second.Cases, second.Contacts));
        var kept = (await h.Cases.GetByReferenceAsync(@case.Reference, CancellationToken.None))!;
        Assert.Equal((RemovedText.Retention, "0 block of Elm St", "pothole"), (kept.Description, kept.Location, kept.ServiceCode));
    }
}
