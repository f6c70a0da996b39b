using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The supervisor dashboard (<c>/dashboard</c>), driven as a supervisor uses it.</summary>
public sealed class SupervisorDashboardPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Conversations waiting for an agent, as the "Waiting" tile shows.</summary>
    public ILocator Waiting => Page.Locator("#queued-total");

    /// <summary>Opens the dashboard, signs in through its form and waits for the live connection and the first counters.</summary>
    public static async Task<SupervisorDashboardPage> SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/dashboard");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "connected");
        await Expect(page.Locator("#live-at")).Not.ToBeEmptyAsync();
        return new SupervisorDashboardPage(page);
    }

    /// <summary>How many conversations wait in one queue ("general/en"), as its row in the Queues table shows.</summary>
    public ILocator QueueWaiting(string queue) =>
        Page.Locator("#queues tr").Filter(new() { Has = Page.Locator("td:first-child", new() { HasTextString = queue }) }).Locator("td:nth-child(2)");

    public async Task<int> WaitingCountAsync() => int.Parse(await Waiting.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
}
