using CityCrm.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Insights;

/// <summary>A resident's unanswered question reaches the editors' insights page, shown as text, and leaves it when handled.</summary>
public sealed class InsightsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Question = "<b>sourdough</b> bread baking tips <img src=x onerror=\"window.__pwned=1\">";

    [Fact]
    public async Task Insights_DeclinedQuestion_ShownAsTextAndGoneOnceMarkedHandled()
    {
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync(Question);
        await resident.ExpectMessageAsync("I'm not sure I have a good answer for that. You can rephrase your question, talk to a person, or report a problem.");
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/kb/insights/");
        await page.GetByLabel("User name").FillAsync("editor");
        await page.GetByLabel("Password").FillAsync("riverton311ed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var cluster = page.Locator("#clusters li.cluster").Filter(new() { HasText = "sourdough" });
        await Expect(cluster.Locator(".cluster__label")).ToHaveTextAsync(Question);
        Assert.Equal(0, await page.Locator("#clusters b, #clusters img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));

        await cluster.GetByRole(AriaRole.Button, new() { Name = "Mark handled" }).ClickAsync();

        await Expect(cluster).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.Locator("#unanswered-summary")).ToContainTextAsync("over the last 30 days");
        await Expect(page.Locator("#clusters li.cluster").Filter(new() { HasText = "sourdough" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Insights_ArticlesTab_ListsThePublishedArticles()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kb/potholes");
        await page.GotoAsync("/kb/insights/");
        await page.GetByLabel("User name").FillAsync("editor");
        await page.GetByLabel("Password").FillAsync("riverton311ed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Articles" }).ClickAsync();

        var row = page.Locator("#articles tr").Filter(new() { Has = page.Locator("a[href$='/kb/potholes']") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("1");
        await Expect(page.Locator("#panel-unanswered")).ToBeHiddenAsync();
    }
}
