using CityCrm.CaseCore;
using CityCrm.CaseCore.Suggestions;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Cases;

/// <summary>
/// Closing a case on the real host adds it to the data folder's suggestion history (read at the next start), once,
/// with the resident's words and the service it ended under.
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
    public async Task Start_CaseStillOpen_NotInTheHistory()
    {
        var opened = await OpenAsync("pothole that keeps coming back on Spruce");

        await factory.Services.GetRequiredService<ICaseWorkflow>().StartWorkAsync(opened.Reference, "agent", "On the list", CancellationToken.None);

        Assert.DoesNotContain(ServiceHistory.ReadFrom(factory.DataDirectory), e => e.Description == opened.Description);
    }
}
