using CityCrm.CaseCore.Incidents;
using CityCrm.CaseCore.Tests.Fakes;
using CityCrm.Testing;

namespace CityCrm.CaseCore.Tests.Incidents;

public sealed class IncidentMatcherTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly InMemoryIncidentStore store = new();
    private readonly IncidentMatcher matcher;

    public IncidentMatcherTests() => matcher = new IncidentMatcher(store, CatalogFile.Catalog, new LocationParser());

    private async Task<Incident> ActiveAsync(IReadOnlyList<string> services, IReadOnlyList<string> streets, params string[] keywords)
    {
        var incident = new Incident(Guid.NewGuid().ToString("N"), new NewIncident("Event", services, new IncidentArea(null, 0, streets),
            new IncidentMessage("We know."))
        {
            Keywords = keywords,
        }, "sup", DateTimeOffset.UtcNow);
        await store.CreateAsync(incident, None);
        return incident;
    }

    [Theory]
    [InlineData("is the water main on Elm St being fixed?")]
    [InlineData("there is water gushing out of the road")]
    [InlineData("water main break at 40 elm street")]
    public async Task MatchAsync_ServiceAndPlaceInside_FindsIncident(string text)
    {
        var incident = await ActiveAsync(["water-leak"], ["Elm St"]);

        Assert.Equal(incident.Id, (await matcher.MatchAsync(text, None))?.Id);
    }

    [Theory]
    [InlineData("water main break on Oak Ave")]
    [InlineData("there is a pothole on Elm St")]
    [InlineData("when is trash day")]
    public async Task MatchAsync_OtherPlaceOrService_FindsNothing(string text)
    {
        await ActiveAsync(["water-leak"], ["Elm St"]);

        Assert.Null(await matcher.MatchAsync(text, None));
    }

    [Fact]
    public async Task MatchAsync_IncidentKeyword_FindsIncidentWhateverTheService()
    {
        var incident = await ActiveAsync(["water-leak"], ["Elm St"], "boil water");

        Assert.Equal(incident.Id, (await matcher.MatchAsync("Is the BOIL WATER notice over on Oak Ave?", None))?.Id);
    }

    [Fact]
    public async Task MatchAsync_ClosedIncident_FindsNothing()
    {
        var incident = await ActiveAsync(["water-leak"], ["Elm St"]);
        incident.Close(new IncidentMessage("Done"), "sup", DateTimeOffset.UtcNow);
        await store.SaveAsync(incident, None);

        Assert.Null(await matcher.MatchAsync("water main on Elm St", None));
    }
}
