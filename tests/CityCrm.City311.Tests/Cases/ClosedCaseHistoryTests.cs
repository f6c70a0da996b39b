using CityCrm.CaseCore;
using CityCrm.CaseCore.Suggestions;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Cases;

/// <summary>
/// Closing a case on the real host adds it to the data folder's suggestion history once, with the resident's words
/// (without numbers or addresses) and the service it ended under, and the running suggestions learn it at once.
/// </summary>
public sealed class ClosedCaseHistoryTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private async Task<Case> OpenAsync(string description) =>
        await factory.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("pothole", description, "8 Spruce Street", "history-test", null, "open311"), CancellationToken.None);

    [Fact]
    public async Task Close_Case_AddedToTheSuggestionHistoryOnce()
    {
        var opened = await OpenAsync("a crater near the school crossing ate my tire");
        var workflow = factory.Services.GetRequiredService<ICaseWorkflow>();

        await workflow.CloseAsync(opened.Reference, "agent", "Filled", CancellationToken.None);
        await Assert.ThrowsAsync<CaseTransitionException>(() => workflow.CloseAsync(opened.Reference, "agent", "Filled", CancellationToken.None));

        var learned = ServiceHistory.ReadFrom(factory.DataDirectory).Where(e => e.Description == opened.Description).ToList();
        Assert.Equal([new HistoryEntry("a crater near the school crossing ate my tire", "pothole")], learned);
    }

    [Fact]
    public async Task Close_CaseWithAPhoneNumberAndAWordNobodyUsed_SuggestedAtOnceAndKeptWithoutTheNumber()
    {
        var catalog = factory.Services.GetRequiredService<IServiceCatalog>();
        Assert.Empty(catalog.Suggest("another snollygoster by the library", 3));
        var opened = await OpenAsync("a snollygoster in the road, call me on 312-555-0199");

        await factory.Services.GetRequiredService<ICaseWorkflow>().CloseAsync(opened.Reference, "agent", "Filled", CancellationToken.None);

        Assert.Equal("pothole", catalog.Suggest("another snollygoster by the library", 3)[0].Service.Code);
        Assert.Contains(new HistoryEntry("a snollygoster in the road, call me on", "pothole"), ServiceHistory.ReadFrom(factory.DataDirectory));
        Assert.DoesNotContain(ServiceHistory.ReadFrom(factory.DataDirectory), e => e.Description.Contains("555", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_CaseStillOpen_NotInTheHistory()
    {
        var opened = await OpenAsync("pothole that keeps coming back on Spruce");

        await factory.Services.GetRequiredService<ICaseWorkflow>().StartWorkAsync(opened.Reference, "agent", "On the list", CancellationToken.None);

        Assert.DoesNotContain(ServiceHistory.ReadFrom(factory.DataDirectory), e => e.Description == opened.Description);
    }
}
