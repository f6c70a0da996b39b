using CityCrm.CaseCore.Incidents;
using CityCrm.CaseCore.Tests.Fakes;
using CityCrm.Testing;

namespace CityCrm.CaseCore.Tests.Incidents;

public sealed class IncidentServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryCaseStore caseStore = new();
    private readonly InMemoryIncidentStore incidentStore = new();
    private readonly ManualClock clock = ManualClock.At2026();
    private readonly IncidentService incidents;
    private readonly CaseService cases;

    public IncidentServiceTests()
    {
        var matcher = new IncidentMatcher(incidentStore, CatalogFile.Catalog, new LocationParser());
        incidents = new IncidentService(incidentStore, caseStore, CatalogFile.Catalog, matcher, clock);
        cases = new CaseService(caseStore, CatalogFile.Catalog, clock, incidents: incidents);
    }

    private static NewIncident WaterMain(params string[] references) =>
        new("Water main break on Elm St", ["water-leak"], new IncidentArea(null, 0, ["Elm St"]),
            new IncidentMessage("We know about the water main break on Elm St; crews are on site."))
        {
            Cases = references,
        };

    private Task<Case> ReportAsync(string service, string location, string contact = "contact-1") =>
        cases.OpenAsync(new OpenCaseRequest(service, "Water is gushing from the street", location, contact, "conv-" + contact, "webchat"), None);

    [Fact]
    public async Task CreateAsync_EverythingWrong_ListsEveryProblemAndStoresNothing()
    {
        var draft = new NewIncident(" ", ["no-such-service"], new IncidentArea(null, 0, []), new IncidentMessage(""))
        {
            Cases = ["R-999999"],
        };

        var e = await Assert.ThrowsAsync<CaseRequestException>(() => incidents.CreateAsync(draft, "sup", None));

        Assert.Equal(["title", "serviceCodes", "pinned", "cases"], e.Problems.Select(p => p.Field));
        Assert.Empty(await incidents.ListAsync(null, None));
    }

    [Fact]
    public async Task CreateAsync_FromReports_LinksThemWithCanonicalReferences()
    {
        var a = await ReportAsync("water-leak", "12 Elm St", "a");
        await ReportAsync("water-leak", "20 Elm St", "b");

        var created = await incidents.CreateAsync(WaterMain("r-100001", "R 100002"), "sup", None);

        Assert.Equal([a.Reference, "R-100002"], created.Cases);
        Assert.Equal(created.Cases, (await incidents.GetAsync(created.Id, None))!.Cases);
    }

    [Fact]
    public async Task OpenAsync_MatchingReportWhileActive_IsLinkedToTheIncident()
    {
        var incident = await incidents.CreateAsync(WaterMain(), "sup", None);

        var opened = await ReportAsync("water-leak", "40 Elm Street");

        Assert.Equal([opened.Reference], (await incidents.GetAsync(incident.Id, None))!.Cases);
        Assert.Equal("system", (await incidents.GetAsync(incident.Id, None))!.History[^1].Actor);
    }

    [Theory]
    [InlineData("water-leak", "450 Oak Ave")]
    [InlineData("pothole", "40 Elm Street")]
    public async Task OpenAsync_OtherPlaceOrService_IsNotLinked(string service, string location)
    {
        var incident = await incidents.CreateAsync(WaterMain(), "sup", None);

        await ReportAsync(service, location);

        Assert.Empty((await incidents.GetAsync(incident.Id, None))!.Cases);
    }

    [Fact]
    public async Task OpenAsync_AfterIncidentClosed_IsNotLinked()
    {
        var incident = await incidents.CreateAsync(WaterMain(), "sup", None);
        await incidents.CloseAsync(incident.Id, new IncidentMessage("Repaired."), "sup", None);

        await ReportAsync("water-leak", "40 Elm Street");

        Assert.Empty((await incidents.GetAsync(incident.Id, None))!.Cases);
    }

    [Fact]
    public async Task CloseAsync_Twice_SecondThrowsTransition()
    {
        var incident = await incidents.CreateAsync(WaterMain(), "sup", None);
        await incidents.CloseAsync(incident.Id, new IncidentMessage("Repaired."), "sup", None);

        await Assert.ThrowsAsync<IncidentTransitionException>(() => incidents.CloseAsync(incident.Id, new IncidentMessage("Again."), "sup", None));
    }

    [Fact]
    public async Task LinkCaseAsync_UnknownCase_ThrowsRequestProblem()
    {
        var incident = await incidents.CreateAsync(WaterMain(), "sup", None);

        var e = await Assert.ThrowsAsync<CaseRequestException>(() => incidents.LinkCaseAsync(incident.Id, "R-123456", "sup", None));

        Assert.Equal("reference", Assert.Single(e.Problems).Field);
    }

    [Fact]
    public async Task PinAsync_UnknownIncident_ReturnsNull() =>
        Assert.Null(await incidents.PinAsync("missing", new IncidentMessage("x"), "sup", None));
}
