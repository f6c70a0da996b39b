using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>A supervisor's dashboard and a resident's Web Chat, each in their own browser context, against the real host.</summary>
public sealed class SupervisorDashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Waiting_ResidentAsksForPerson_CounterMovesLive()
    {
        var dashboard = await SupervisorDashboardPage.SignInAsync(await fixture.NewPageAsync(), "supervisor", "riverton311sup");
        var before = await dashboard.WaitingCountAsync();
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());

        await resident.SayAsync("I want to talk to a person");

        await Expect(dashboard.Waiting).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(dashboard.Page.Locator("#channels")).ToContainTextAsync("webchat");
    }
}
