using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The resident page (<c>/</c>) with Web Chat, as a resident uses it.</summary>
public sealed class ResidentChatPage(IPage page, string conversationId)
{
    public IPage Page { get; } = page;

    /// <summary>The conversation the page's Direct Line token was issued for.</summary>
    public string ConversationId { get; } = conversationId;

    private ILocator SendBox => Page.Locator("#webchat [data-id='webchat-sendbox-input']");

    /// <summary>Opens the page and waits until Web Chat is ready for typing.</summary>
    public static async Task<ResidentChatPage> OpenAsync(IPage page)
    {
        var token = page.WaitForResponseAsync(r => r.Url.EndsWith("/webchat/token", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.GotoAsync("/");
        var response = await token;
        if (!response.Ok)
            throw new InvalidOperationException($"POST /webchat/token answered {response.Status}: the resident page cannot start a chat.");
        var grant = JsonDocument.Parse(await response.TextAsync()).RootElement;
        var chat = new ResidentChatPage(page, grant.GetProperty("conversationId").GetString()!);
        await Expect(chat.SendBox).ToBeEditableAsync();
        // Editable is not connected: Web Chat drops what is typed before its connection is up. The bot's
        // greeting on screen proves the Direct Line stream delivers.
        await Expect(page.Locator("#webchat").GetByText("311 assistant").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return chat;
    }

    public async Task SayAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        await Expect(SendBox).ToHaveValueAsync("");
    }

    /// <summary>Types key by key without sending, as a resident still writing does (Web Chat sends typing signals).</summary>
    public Task TypeWithoutSendingAsync(string text) => SendBox.PressSequentiallyAsync(text, new() { Delay = 50 });

    public Task ClearSendBoxAsync() => SendBox.FillAsync("");

    /// <summary>Waits until Web Chat shows a message with exactly this text.</summary>
    public Task ExpectMessageAsync(string text) =>
        Expect(Page.Locator("#webchat").GetByText(text, new() { Exact = true }).Last).ToBeVisibleAsync();
}
