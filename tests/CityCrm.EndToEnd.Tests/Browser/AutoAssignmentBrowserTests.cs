using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>
/// Three agents' consoles and a supervisor's dashboard open at once against the real host: hand-offs are offered to
/// the agent with the most free room (ties to whoever has been idle longest), and the dashboard's queue depth follows.
/// </summary>
public sealed class AutoAssignmentBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HandOffs_SeveralConsolesOpen_OfferedByFreeRoomThenLongestIdleAndTheQueueDepthFollows()
    {
        var dashboard = await SupervisorDashboardPage.SignInAsync(await fixture.NewPageAsync(), "supervisor", "riverton311sup");
        // Sam (supervisor) holds 2 chats at most, Alex and Lucia 3; all three take general questions in English.
        // Sam becomes available first (idle longest), then Alex, then Lucia.
        var sam = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "supervisor", "riverton311sup");
        await sam.SetPresenceAsync("Available");
        var alex = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "agent", "riverton311");
        await alex.SetPresenceAsync("Available");
        var lucia = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "lucia", "riverton311lu");
        await lucia.SetPresenceAsync("Available");
        var first = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());

        await first.SayAsync("I want to talk to a person");

        // Alex and Lucia have the same free room, more than Sam: Alex, idle longer, is asked.
        await Expect(alex.Offer(first.ConversationId)).ToBeVisibleAsync();
        await Expect(dashboard.QueueWaiting("general/en")).ToHaveTextAsync("1");
        await Expect(lucia.Offer(first.ConversationId)).ToHaveCountAsync(0);
        await Expect(sam.Offer(first.ConversationId)).ToHaveCountAsync(0);
        await alex.AcceptOfferAsync(first.ConversationId);
        await Expect(dashboard.QueueWaiting("general/en")).ToHaveTextAsync("0");

        var second = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());
        await second.SayAsync("I want to talk to a person");

        // Alex now holds one: Lucia has the most free room.
        await Expect(lucia.Offer(second.ConversationId)).ToBeVisibleAsync();
        await Expect(dashboard.QueueWaiting("general/en")).ToHaveTextAsync("1");
        await Expect(alex.Offer(second.ConversationId)).ToHaveCountAsync(0);
        await Expect(sam.Offer(second.ConversationId)).ToHaveCountAsync(0);
        await lucia.AcceptOfferAsync(second.ConversationId);
        await Expect(dashboard.QueueWaiting("general/en")).ToHaveTextAsync("0");
    }
}
