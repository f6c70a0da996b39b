using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The console kept live: several agents at once, typing both ways, and exact catch-up after the socket drops.</summary>
public sealed class ConsoleLiveBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string AgentUser = "agent";
    private const string AgentPassword = "riverton311";
    private const string SupervisorUser = "supervisor";
    private const string SupervisorPassword = "riverton311sup";

    [Fact]
    public async Task ResidentTyping_TwoAgentPagesWatching_BothShowTypingAndMarkupStaysText()
    {
        const string hostile = "<b>x</b><img src=x onerror=\"window.__pwned=1\">";
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), AgentUser, AgentPassword);
        var supervisor = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), SupervisorUser, SupervisorPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await supervisor.OpenFromQueueAsync(resident.ConversationId);
        await Expect(agent.Entry("resident", "I want to talk to a person")).ToBeVisibleAsync();
        await Expect(supervisor.Entry("resident", "I want to talk to a person")).ToBeVisibleAsync();

        await resident.TypeWithoutSendingAsync("The bin on Oak");

        await Expect(agent.TypingLine).ToBeVisibleAsync();
        await Expect(agent.TypingLine).ToContainTextAsync("is typing");
        await Expect(supervisor.TypingLine).ToBeVisibleAsync();
        await resident.ClearSendBoxAsync();
        await resident.SayAsync(hostile);
        foreach (var page in new[] { agent, supervisor })
        {
            await Expect(page.Entry("resident", hostile)).ToHaveCountAsync(1);
            Assert.Equal(0, await page.Transcript.Locator("b, img").CountAsync());
            Assert.True(await page.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        }
    }

    [Fact]
    public async Task AgentTyping_AssignedAgentWrites_ResidentWebChatShowsTypingIndicator()
    {
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), AgentUser, AgentPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await agent.TakeAsync();

        await agent.Page.Locator("#reply-text").PressSequentiallyAsync("Let me check");

        await Expect(resident.Page.Locator("#webchat .webchat__typing-indicator")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Reconnect_SocketDroppedWhileResidentWrites_TranscriptCatchesUpExactlyOnceInOrder()
    {
        var agentPage = await fixture.NewPageAsync();
        var sockets = new List<IWebSocketRoute>();
        // Pass the hub's WebSocket through, keeping hold of it so the test can drop it as a failing network would.
        await agentPage.RouteWebSocketAsync(new Regex("/hubs/agent"), route =>
        {
            lock (sockets)
                sockets.Add(route);
            route.ConnectToServer();
        });
        var agent = await AgentConsolePage.SignInAsync(agentPage, AgentUser, AgentPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await agent.TakeAsync();
        await agent.ReplyAsync("Hello, how can I help?");
        await resident.ExpectMessageAsync("Hello, how can I help?");

        await agentPage.Context.SetOfflineAsync(true);
        IWebSocketRoute[] open;
        lock (sockets)
            open = [.. sockets];
        foreach (var socket in open)
            await socket.CloseAsync(new() { Code = 1011, Reason = "connection lost" });
        await Expect(agent.Connection).Not.ToHaveAttributeAsync("data-state", "connected");
        string[] missed = ["First while you were away", "Second while you were away", "Third while you were away"];
        foreach (var text in missed)
            await resident.SayAsync(text);
        await agentPage.Context.SetOfflineAsync(false);

        await Expect(agent.Connection).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 60_000 });
        foreach (var text in missed)
            await Expect(agent.Entry("resident", text)).ToHaveCountAsync(1);
        var residentTexts = await agent.Transcript.Locator("li[data-author='resident'] .msg__text").AllTextContentsAsync();
        Assert.Equal(missed, residentTexts.Where(missed.Contains));
        Assert.Equal(missed.Length, residentTexts.Count(missed.Contains));
        var sequences = await agent.Transcript.Locator(":scope > li").EvaluateAllAsync<long[]>("items => items.map(li => Number(li.dataset.sequence))");
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());
    }
}
