using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The composer's helpers on the console: canned responses, knowledge articles and cases, as an agent uses them.</summary>
public sealed class ConsoleReplyHelpersBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string AgentUser = "agent";
    private const string AgentPassword = "riverton311";

    [Fact]
    public async Task CannedResponse_ResidentNameUnknown_PlaceholderStaysVisibleAndReplyIsNotSent()
    {
        var agent = await TakenConversationAsync();
        var box = agent.Page.Locator("#reply-text");

        await agent.Page.Locator("#canned-picker").SelectOptionAsync(new SelectOptionValue { Label = "Greeting" });

        await Expect(box).ToHaveValueAsync("Hello {{name}}, this is Alex Agent from Riverton 311. How can I help you today?");
        await Expect(agent.Page.Locator("#composer-hint")).ToContainTextAsync("{{name}}");
        await box.PressAsync("Enter");
        await Expect(agent.Page.Locator("#notice")).ToContainTextAsync("{{name}}");
        await Expect(box).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Hello \\{\\{name\\}\\}"));
        Assert.Equal(0, await agent.Transcript.Locator("li[data-author='agent']").CountAsync());
    }

    [Fact]
    public async Task Article_WebChatConversation_InsertsAnswerWithLinkIntoReply()
    {
        var agent = await TakenConversationAsync();

        await agent.Page.Locator("#article-query").FillAsync("when is my garbage picked up");
        await agent.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var hit = agent.Page.Locator("#article-results li[data-article-id='trash-pickup']");
        await hit.GetByRole(AriaRole.Button, new() { Name = "Insert answer and link" }).ClickAsync();

        await Expect(agent.Page.Locator("#reply-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Trash is collected once a week[\\s\\S]*/kb/trash-pickup"));
    }

    [Fact]
    public async Task OpenCase_FromConversation_IsListedBesideIt()
    {
        var agent = await TakenConversationAsync();
        var page = agent.Page;

        await page.GetByText("Open or link a case").ClickAsync();
        await page.Locator("#case-service").SelectOptionAsync("graffiti");
        await page.Locator("#case-description").FillAsync("Tags on the bridge <b>now</b>");
        await page.Locator("#case-location").FillAsync("Elm Street");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();

        await Expect(page.Locator("#case-list li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#case-list li .case-item__reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^R-\\d+$"));
        await Expect(agent.Transcript.Locator("li[data-author='system']").Last).ToContainTextAsync("opened case R-");
    }

    private async Task<AgentConsolePage> TakenConversationAsync()
    {
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), AgentUser, AgentPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await agent.TakeAsync();
        return agent;
    }
}
