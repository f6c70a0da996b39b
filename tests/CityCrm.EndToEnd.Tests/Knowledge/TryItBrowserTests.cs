using CityCrm.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Knowledge;

/// <summary>An editor tries a question on /kb/try and sees each channel's answer and the top hits, all as text.</summary>
public sealed class TryItBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TryIt_TrashQuestion_ShowsEachChannelsAnswerAndTheHits()
    {
        var page = await SignedInAsync();

        await page.Locator("#question").FillAsync("when does the garbage truck come");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();

        await Expect(page.Locator("#hits li").First).ToContainTextAsync("Trash pickup day");
        await Expect(page.Locator("#answer-sms")).ToContainTextAsync("gray cart at the curb by 6 a.m.");
        await Expect(page.Locator("#answer-voice")).ToContainTextAsync("six in the morning");
        Assert.True((await page.Locator("#answer-sms").TextContentAsync())!.Length <= 320);
    }

    [Fact]
    public async Task TryIt_MarkupInTheQuestion_NeverBecomesElements()
    {
        var page = await SignedInAsync();

        await page.Locator("#question").FillAsync("<img src=x onerror=\"window.__pwned=1\"> <b>pothole</b> on elm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();

        await Expect(page.Locator("#result")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#result img, #result b").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
    }

    private async Task<IPage> SignedInAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/kb/try");
        await page.GetByLabel("User name").FillAsync("editor");
        await page.GetByLabel("Password").FillAsync("riverton311ed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#workspace")).ToBeVisibleAsync();
        return page;
    }
}
