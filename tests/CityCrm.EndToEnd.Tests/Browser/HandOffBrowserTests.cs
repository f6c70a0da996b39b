using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>A resident in Web Chat and an agent on the console, each in their own browser context, against the real host.</summary>
public sealed class HandOffBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string AgentUser = "agent";
    private const string AgentPassword = "riverton311";

    [Fact]
    public async Task HandOff_ResidentAsksForPerson_AgentTakesRepliesAndResolvesLive()
    {
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), AgentUser, AgentPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());

        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await Expect(agent.Entry("resident", "I want to talk to a person")).ToBeVisibleAsync();
        await agent.TakeAsync();
        await Expect(agent.MineItem(resident.ConversationId)).ToBeVisibleAsync();
        await Expect(agent.QueueItem(resident.ConversationId)).ToHaveCountAsync(0);
        await agent.ReplyAsync("Hi, this is Alex from Riverton 311. How can I help?");

        await resident.ExpectMessageAsync("Hi, this is Alex from Riverton 311. How can I help?");
        await resident.SayAsync("The streetlight on Elm Street has been out for a week.");

        await Expect(agent.Entry("resident", "The streetlight on Elm Street has been out for a week.")).ToBeVisibleAsync();
        await agent.ResolveAsync();
        await Expect(agent.Page.Locator("#detail-meta")).ToContainTextAsync("Resolved");
        await Expect(agent.MineItem(resident.ConversationId)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ResidentText_WithMarkupAndScript_IsShownAsLiteralTextOnTheConsole()
    {
        const string hostile = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b><script>window.__pwned=2</script>";
        var agent = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), AgentUser, AgentPassword);
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await resident.SayAsync("I want to talk to a person");
        await agent.OpenFromQueueAsync(resident.ConversationId);
        await Expect(agent.Entry("resident", "I want to talk to a person")).ToBeVisibleAsync();

        await resident.SayAsync(hostile);

        var entry = agent.Transcript.Locator("li[data-author='resident'] .msg__text").Last;
        await Expect(entry).ToHaveTextAsync(hostile);
        Assert.Equal(0, await agent.Transcript.Locator("b, img, script").CountAsync());
        Assert.Equal(0, await agent.Page.Locator("#queue-list b, #queue-list img, #mine-list b, #mine-list img").CountAsync());
        Assert.True(await agent.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
    }
}
