using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The agent console (<c>/agent</c>), driven as an agent uses it.</summary>
public sealed class AgentConsolePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Transcript => Page.Locator("#transcript");

    /// <summary>"… is typing" under the transcript.</summary>
    public ILocator TypingLine => Page.Locator("#typing");

    /// <summary>The live connection badge; its data-state is connected, reconnecting or disconnected.</summary>
    public ILocator Connection => Page.Locator("#connection");

    /// <summary>Opens the console, signs in through its form and waits for the live connection.</summary>
    public static async Task<AgentConsolePage> SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/agent");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var console = new AgentConsolePage(page);
        await Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "connected");
        return console;
    }

    public ILocator QueueItem(string conversationId) => Page.Locator($"#queue-list li[data-conversation-id='{conversationId}']");

    public ILocator MineItem(string conversationId) => Page.Locator($"#mine-list li[data-conversation-id='{conversationId}']");

    /// <summary>A transcript entry by its author kind ("resident", "bot", "agent", "system") and exact text.</summary>
    public ILocator Entry(string author, string text) =>
        Transcript.Locator($"li[data-author='{author}']").Filter(new() { Has = Page.Locator(".msg__text").GetByText(text, new() { Exact = true }) });

    public async Task OpenFromQueueAsync(string conversationId)
    {
        await Expect(QueueItem(conversationId)).ToBeVisibleAsync();
        await QueueItem(conversationId).GetByRole(AriaRole.Button).ClickAsync();
        await Expect(Page.Locator("#detail")).ToBeVisibleAsync();
    }

    public async Task TakeAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Take", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#reply-text")).ToBeEditableAsync();
    }

    /// <summary>Types into the reply box and sends with Enter.</summary>
    public async Task ReplyAsync(string text)
    {
        await Page.Locator("#reply-text").FillAsync(text);
        await Page.Locator("#reply-text").PressAsync("Enter");
        await Expect(Entry("agent", text)).ToBeVisibleAsync();
    }

    public Task ResolveAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
}
