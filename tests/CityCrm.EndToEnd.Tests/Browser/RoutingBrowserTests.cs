using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>Automatic offers and transfers between two agents' consoles, with a resident on Web Chat, against the real host.</summary>
public sealed class RoutingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SpanishHandOff_OfferedToTheSpanishSpeakingAgent_AcceptedThenTransferredToTheOtherWhoSeesIt()
    {
        var alex = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "agent", "riverton311");
        var lucia = await AgentConsolePage.SignInAsync(await fixture.NewPageAsync(), "lucia", "riverton311lu");
        await alex.SetPresenceAsync("Available");
        await lucia.SetPresenceAsync("Available");
        var resident = await ResidentChatPage.OpenAsync(await fixture.NewPageAsync());

        // Alex takes English only; Lucia also Spanish: the Spanish hand-off waits in general/es and is hers to take.
        await resident.SayAsync("Hola, quiero hablar con una persona, por favor");

        await Expect(lucia.Offer(resident.ConversationId)).ToBeVisibleAsync();
        await Expect(lucia.Offer(resident.ConversationId)).ToContainTextAsync("general/es");
        await Expect(alex.Offer(resident.ConversationId)).ToHaveCountAsync(0);
        await lucia.AcceptOfferAsync(resident.ConversationId);
        await Expect(lucia.Page.Locator("#detail-meta")).ToBeVisibleAsync();

        await lucia.TransferAsync("Alex Agent", "Prefers to continue in English <b>please</b>");

        await Expect(alex.MineItem(resident.ConversationId)).ToBeVisibleAsync();
        await Expect(lucia.MineItem(resident.ConversationId)).ToHaveCountAsync(0);
        await alex.MineItem(resident.ConversationId).GetByRole(AriaRole.Button).ClickAsync();
        var note = alex.Transcript.Locator("li").Filter(new() { HasText = "Prefers to continue in English <b>please</b>" });
        await Expect(note).ToBeVisibleAsync();
        Assert.Equal(0, await alex.Transcript.Locator("b").CountAsync());
    }
}
