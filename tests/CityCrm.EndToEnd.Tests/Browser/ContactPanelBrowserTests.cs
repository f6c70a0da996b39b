using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The contact panel on the agent console, against the real host in headless Chromium.</summary>
public sealed class ContactPanelBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ContactPanel_AgentEditsLanguageAndAddsNextAction_AuditShowsTheChanges()
    {
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "agent", "riverton311");
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        var panel = agent.Page.Locator("#contact-panel");
        await Expect(panel).ToBeVisibleAsync();
        await Expect(panel.Locator("h3", new() { HasText = "Conversations" })).ToBeVisibleAsync();

        await agent.Page.Locator("#contact-language").SelectOptionAsync("es");
        await panel.Locator("#contact-language-form").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(agent.Page.Locator("#contact-status")).ToHaveTextAsync("Saved.");
        await Expect(agent.Page.Locator("#contact-language")).ToHaveValueAsync("es");
        await agent.Page.Locator("#contact-action-text").FillAsync("Call back about the bulk pickup");
        await agent.Page.Locator("#contact-action-due").FillAsync(DateTime.Now.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm"));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Add next action" }).ClickAsync();
        await Expect(panel.Locator(".contact__action-text", new() { HasText = "Call back about the bulk pickup" })).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Button, new() { Name = "Show changes" }).ClickAsync();

        var audit = agent.Page.Locator("#contact-audit");
        await Expect(audit.Locator(".contact__audit[data-field='language']")).ToContainTextAsync("agent change language");
        await Expect(audit.Locator(".contact__audit[data-field='language']")).ToContainTextAsync("→ es");
        await Expect(audit.Locator(".contact__audit[data-field='nextActions']")).ToContainTextAsync("Call back about the bulk pickup");
    }
}
