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
        Assert.Equal(Scalars(opened), Scalars(read));
        Assert.Equal(opened.History, read.History);
        Assert.Equal(opened.Links, read.Links);
    }

    // Collections compare by reference in records, so they are compared apart.
    private static CaseSnapshot Scalars(Case c) => c.ToSnapshot() with { History = [], Attributes = Empty, Media = [], Notes = [], Tasks = [], Links = [], Gates = [] };

    private static readonly Dictionary<string, IReadOnlyList<string>> Empty = new();

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

    private async Task<Case> CreateDetailedCaseAsync(string code, GeoPoint? point, DateTimeOffset at, string contactId = "contact-1")
    {
        var service = code == "pothole" ? Pothole : new ServiceDefinition(code, "Other " + code, "Dept", "Other", []);
        var number = await Store.NextNumberAsync(None);
        var request = new OpenCaseRequest(code, "Something wrong", "5 Oak Ave", contactId, null, "open311")
        {
            Point = point,
            Attributes = new Dictionary<string, IReadOnlyList<string>> { ["DEPTH"] = ["deep"], ["SIDES"] = ["north", "south"] },
            Media = ["https://example.org/photo.jpg", "attachment:abc123"],
        };
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(number), service, request, at) { DueAt = at.AddDays(3) };
        await Store.CreateAsync(opened, None);
        return opened;
    }

    [Fact]
    public async Task CreateAsync_AttributesPointMediaAndDueTime_RoundTrip()
    {
        var opened = await CreateDetailedCaseAsync("pothole", new GeoPoint(42.3601234, -71.0589876), T0);

        var read = (await Store.GetByReferenceAsync(opened.Reference, None))!;

        Assert.Equal(["deep"], read.Attributes["DEPTH"]);
        Assert.Equal(["north", "south"], read.Attributes["sides"]);
        Assert.Equal(new GeoPoint(42.3601234, -71.0589876), read.Point);
        Assert.Equal(["https://example.org/photo.jpg", "attachment:abc123"], read.Media);
        Assert.Equal(T0.AddDays(3), read.DueAt);
    }

    [Fact]
    public async Task SaveAsync_DueTimeChanged_IsStored()
    {
        var opened = await CreateDetailedCaseAsync("pothole", null, T0);
        opened.DueAt = T0.AddDays(10);
        await Store.SaveAsync(opened, None);

        Assert.Equal(T0.AddDays(10), (await Store.GetByReferenceAsync(opened.Reference, None))!.DueAt);
    }

    [Fact]
    public async Task QueryAsync_ServiceStatusAndDates_FilterNewestFirst()
    {
        var early = await CreateDetailedCaseAsync("pothole", null, T0);
        var other = await CreateDetailedCaseAsync("graffiti", null, T0.AddHours(1));
        var late = await CreateDetailedCaseAsync("pothole", null, T0.AddHours(2));
        late.Close("crew", "Filled", T0.AddHours(3));
        await Store.SaveAsync(late, None);

        Assert.Equal([late.Reference, early.Reference],
            (await Store.QueryAsync(new CaseQuery { ServiceCodes = ["pothole"] }, None)).Select(c => c.Reference));
        Assert.Equal([other.Reference, early.Reference],
            (await Store.QueryAsync(new CaseQuery { Statuses = [CaseStatus.New] }, None)).Select(c => c.Reference));
        Assert.Equal([other.Reference],
            (await Store.QueryAsync(new CaseQuery { CreatedFrom = T0.AddMinutes(30), CreatedTo = T0.AddMinutes(90) }, None)).Select(c => c.Reference));
        Assert.Equal([early.Reference],
            (await Store.QueryAsync(new CaseQuery { References = [early.Reference, "R-999999"] }, None)).Select(c => c.Reference));
    }

    [Fact]
    public async Task QueryAsync_LimitAndOffset_PageThroughInOrder()
    {
        var made = new List<string>();
        for (var i = 0; i < 5; i++)
            made.Add((await CreateDetailedCaseAsync("pothole", null, T0.AddMinutes(i))).Reference);
        made.Reverse();

        var first = await Store.QueryAsync(new CaseQuery { Limit = 2 }, None);
        var second = await Store.QueryAsync(new CaseQuery { Limit = 2, Offset = 2 }, None);
        var last = await Store.QueryAsync(new CaseQuery { Limit = 2, Offset = 4 }, None);

        Assert.Equal(made, first.Concat(second).Concat(last).Select(c => c.Reference));
    }

    [Fact]
    public async Task QueryAsync_WithinBox_ReturnsOnlyCasesPlacedInside()
    {
        var here = new GeoPoint(42.3601, -71.0589);
        var near = await CreateDetailedCaseAsync("pothole", new GeoPoint(42.3603, -71.0590), T0);
        await CreateDetailedCaseAsync("pothole", new GeoPoint(42.3701, -71.0589), T0);
        await CreateDetailedCaseAsync("pothole", null, T0);

        var found = await Store.QueryAsync(new CaseQuery { Within = here.Around(100) }, None);

        Assert.Equal([near.Reference], found.Select(c => c.Reference));
    }
}
