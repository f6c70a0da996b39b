using CityCrm.CaseCore.Tests.Fakes;

namespace CityCrm.CaseCore.Tests;

public sealed class CaseServiceTests
{
    private readonly InMemoryCaseStore store = new();
    private readonly ManualClock clock = ManualClock.At2026();
    private readonly CaseService service;

    public CaseServiceTests() => service = new CaseService(store, CatalogFile.Catalog, clock);

    private static OpenCaseRequest Request(string contactId = "contact-1", string code = "pothole") =>
        new(code, "  Deep pothole near the bus stop ", " Elm Street ", contactId, "conv-1", "directline");

    [Fact]
    public async Task OpenAsync_ValidRequest_StoresCaseWithFirstReference()
    {
        var opened = await service.OpenAsync(Request(), CancellationToken.None);

        Assert.Equal("R-100001", opened.Reference);
        Assert.Equal("Pothole", opened.ServiceName);
        Assert.Equal("Deep pothole near the bus stop", opened.Description);
        Assert.Equal("Elm Street", opened.Location);
        Assert.Equal(clock.GetUtcNow(), opened.CreatedAt);
        Assert.Equal(CaseStatus.New, opened.Status);
        Assert.Equal(opened.Id, (await store.GetByReferenceAsync("R-100001", CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task OpenAsync_SeveralRequests_ReferencesIncreaseAndIdsDiffer()
    {
        var a = await service.OpenAsync(Request(), CancellationToken.None);
        var b = await service.OpenAsync(Request(), CancellationToken.None);

        Assert.Equal(["R-100001", "R-100002"], new[] { a.Reference, b.Reference });
        Assert.NotEqual(a.Id, b.Id);
        Assert.Matches("^[0-9a-f]{24}$", a.Id);
    }

    [Fact]
    public async Task OpenAsync_UnknownServiceCode_ThrowsNamingTheCodeAndStoresNothing()
    {
        var e = await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(Request(code: "space-debris"), CancellationToken.None));

        Assert.Contains("space-debris", e.Message);
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData("", "Elm Street", "description")]
    [InlineData("   ", "Elm Street", "description")]
    [InlineData("Pothole", "", "location")]
    [InlineData("Pothole", " \t", "location")]
    public async Task OpenAsync_MissingDescriptionOrLocation_ThrowsClearMessage(string description, string location, string named)
    {
        var request = Request() with { Description = description, Location = location };

        var e = await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(request, CancellationToken.None));

        Assert.Contains(named, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("required", e.Message);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task OpenAsync_LocationTooLong_Throws()
    {
        var request = Request() with { Location = new string('x', CaseService.MaxLocationLength + 1) };

        await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(request, CancellationToken.None));
    }

    [Theory]
    [InlineData("R-100001")]
    [InlineData("r-100001")]
    [InlineData("R 100001")]
    [InlineData(" r100001 ")]
    public async Task FindAsync_TypedReference_FindsCase(string typed)
    {
        var opened = await service.OpenAsync(Request(), CancellationToken.None);

        var found = await service.FindAsync(typed, CancellationToken.None);

        Assert.Equal(opened.Id, found?.Id);
        Assert.Equal(["R-100001"], store.RequestedReferences.Distinct());
    }

    [Fact]
    public async Task FindAsync_NotAReference_ReturnsNullWithoutAskingTheStore()
    {
        await service.OpenAsync(Request(), CancellationToken.None);

        Assert.Null(await service.FindAsync("pothole", CancellationToken.None));
        Assert.Empty(store.RequestedReferences);
    }

    [Fact]
    public async Task FindForRequesterAsync_Requester_ReturnsCase()
    {
        var opened = await service.OpenAsync(Request("contact-1"), CancellationToken.None);

        Assert.Equal(opened.Id, (await service.FindForRequesterAsync("r 100001", "contact-1", CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task FindForRequesterAsync_OtherContact_ReturnsNullLikeAMissingCase()
    {
        await service.OpenAsync(Request("contact-1"), CancellationToken.None);

        Assert.Null(await service.FindForRequesterAsync("R-100001", "contact-2", CancellationToken.None));
        Assert.Null(await service.FindForRequesterAsync("R-100001", "", CancellationToken.None));
        Assert.Null(await service.FindForRequesterAsync("R-100999", "contact-1", CancellationToken.None));
    }

    [Fact]
    public async Task ListForContactAsync_TwoContacts_ReturnsOnlyOwnNewestFirst()
    {
        await service.OpenAsync(Request("contact-1"), CancellationToken.None);
        await service.OpenAsync(Request("contact-2"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        await service.OpenAsync(Request("contact-1", "graffiti"), CancellationToken.None);

        var mine = await service.ListForContactAsync("contact-1", CancellationToken.None);

        Assert.Equal(["R-100003", "R-100001"], mine.Select(c => c.Reference));
    }

    [Fact]
    public async Task CloseAsync_OpenCase_SavesClosedCaseWithResolution()
    {
        await service.OpenAsync(Request(), CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(3));

        var closed = await service.CloseAsync("r-100001", "agent-1", "Filled by crew 7", CancellationToken.None);

        var stored = await store.GetByReferenceAsync("R-100001", CancellationToken.None);
        Assert.Equal(CaseStatus.Closed, closed?.Status);
        Assert.Equal(CaseStatus.Closed, stored?.Status);
        Assert.Equal("Filled by crew 7", stored?.History[^1].Note);
        Assert.Equal(1, stored?.Version);
    }

    [Fact]
    public async Task CloseAsync_SomeoneElseClosedMeanwhile_ThrowsTransitionAfterReloading()
    {
        await service.OpenAsync(Request(), CancellationToken.None);
        store.InterveneBeforeNextSave = c => c.Close("agent-2", "Duplicate", clock.GetUtcNow());

        await Assert.ThrowsAsync<CaseTransitionException>(() => service.CloseAsync("R-100001", "agent-1", "Fixed", CancellationToken.None));

        var stored = await store.GetByReferenceAsync("R-100001", CancellationToken.None);
        Assert.Equal("Duplicate", stored?.History[^1].Note);
    }

    [Fact]
    public async Task StartWorkAsync_SomeoneElseSavedMeanwhile_RetriesOnFreshCopy()
    {
        await service.OpenAsync(Request(), CancellationToken.None);
        store.InterveneBeforeNextSave = _ => { };

        var started = await service.StartWorkAsync("R-100001", "crew-7", "Crew assigned", CancellationToken.None);

        Assert.Equal(CaseStatus.InProgress, started?.Status);
        Assert.Equal(2, started?.Version);
    }

    [Fact]
    public async Task StartWorkAsync_UnknownReference_ReturnsNull() =>
        Assert.Null(await service.StartWorkAsync("R-100500", "crew-7", "Going", CancellationToken.None));
}
