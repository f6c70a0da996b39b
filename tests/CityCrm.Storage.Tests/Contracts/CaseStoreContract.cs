using CityCrm.CaseCore;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="ICaseStore"/> contract; every implementation runs it.</summary>
public abstract class CaseStoreContract : StoreContract<ICaseStore>
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works - Streets Division", "Holes", ["pothole"]);
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(-5));

    private async Task<Case> CreateCaseAsync(string contactId = "contact-1", DateTimeOffset? at = null)
    {
        var number = await Store.NextNumberAsync(None);
        var request = new OpenCaseRequest("pothole", "Deep pothole, \"dangerous\" <b>", "12 Main St", contactId, "conv-1", "directline");
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(number), Pothole, request, at ?? T0);
        await Store.CreateAsync(opened, None);
        return opened;
    }

    [Fact]
    public async Task NextNumberAsync_FreshStore_StartsAtFirstNumber() =>
        Assert.Equal(CaseReference.FirstNumber, await Store.NextNumberAsync(None));

    [Fact]
    public async Task NextNumberAsync_ThirtyParallelCalls_AreUniqueAndLaterCallsAreHigher()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => Store.NextNumberAsync(None))));

        Assert.Equal(30, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(n >= CaseReference.FirstNumber));
        var next = await Store.NextNumberAsync(None);
        var after = await Store.NextNumberAsync(None);
        Assert.True(next > numbers.Max());
        Assert.True(after > next);
    }

    [Fact]
    public async Task CreateAsync_NewCase_ReadsBackByReferenceWithEveryField()
    {
        var opened = await CreateCaseAsync();

        var read = await Store.GetByReferenceAsync(opened.Reference, None);

        Assert.NotNull(read);
        Assert.Equal(opened.ToSnapshot() with { History = [] }, read.ToSnapshot() with { History = [] });
        Assert.Equal(opened.History, read.History);
    }

    [Fact]
    public async Task CreateAsync_SameReferenceTwice_ThrowsConflict()
    {
        var opened = await CreateCaseAsync();
        var request = new OpenCaseRequest("pothole", "Another", "Elm Street", "contact-2", null, "sms");
        var clash = new Case(Guid.NewGuid().ToString("N"), opened.Reference, Pothole, request, T0);

        await Assert.ThrowsAsync<CaseConflictException>(() => Store.CreateAsync(clash, None));
        Assert.Equal("contact-1", (await Store.GetByReferenceAsync(opened.Reference, None))?.ContactId);
    }

    [Fact]
    public async Task GetByReferenceAsync_Unknown_ReturnsNull() =>
        Assert.Null(await Store.GetByReferenceAsync("R-999999", None));

    [Fact]
    public async Task SaveAsync_TransitionsThenReload_HistoryRoundTrips()
    {
        var opened = await CreateCaseAsync();
        opened.StartWork("crew-7", "Crew assigned, ETA 2 days", T0.AddHours(3));
        await Store.SaveAsync(opened, None);
        opened.Close("crew-7", "Pothole filled with hot asphalt", T0.AddDays(2).AddTicks(1234567));
        await Store.SaveAsync(opened, None);

        var read = await Store.GetByReferenceAsync(opened.Reference, None);

        Assert.NotNull(read);
        Assert.Equal(2, opened.Version);
        Assert.Equal(2, read.Version);
        Assert.Equal(CaseStatus.Closed, read.Status);
        Assert.Equal(opened.History, read.History);
        Assert.Equal(opened.History.Select(h => h.At.Offset), read.History.Select(h => h.At.Offset));
        Assert.Equal(opened.UpdatedAt, read.UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndChangesNothing()
    {
        var opened = await CreateCaseAsync();
        var mine = (await Store.GetByReferenceAsync(opened.Reference, None))!;
        var theirs = (await Store.GetByReferenceAsync(opened.Reference, None))!;
        theirs.StartWork("crew-7", "On it", T0.AddHours(1));
        await Store.SaveAsync(theirs, None);

        mine.Close("agent-1", "Duplicate", T0.AddHours(2));
        await Assert.ThrowsAsync<CaseConflictException>(() => Store.SaveAsync(mine, None));

        var read = await Store.GetByReferenceAsync(opened.Reference, None);
        Assert.Equal(CaseStatus.InProgress, read?.Status);
        Assert.Equal(["Reported on directline", "On it"], read?.History.Select(h => h.Note));
        Assert.Equal(0, mine.Version);
    }

    [Fact]
    public async Task ListByContactAsync_TwoContacts_ReturnsOnlyTheirCasesNewestFirst()
    {
        var first = await CreateCaseAsync("contact-1", T0);
        await CreateCaseAsync("contact-2", T0.AddMinutes(1));
        var second = await CreateCaseAsync("contact-1", T0.AddMinutes(2));

        var mine = await Store.ListByContactAsync("contact-1", None);

        Assert.Equal([second.Reference, first.Reference], mine.Select(c => c.Reference));
        Assert.Empty(await Store.ListByContactAsync("contact-3", None));
    }
}
