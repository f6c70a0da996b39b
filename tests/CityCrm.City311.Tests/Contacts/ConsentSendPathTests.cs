using System.Net.Http.Json;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;

namespace CityCrm.City311.Tests.Contacts;

/// <summary>
/// Every way the host sends to a resident passes the consent check: an agent's reply on SMS, an agent's reply in a
/// call (relayed by text) and the bot's answer to a text are not sent after a global or an SMS opt-out entered
/// through the API, while the same steps for a resident who did not opt out are sent.
/// </summary>
public sealed class ConsentSendPathTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Theory]
    [InlineData("*", "+13125550901")]
    [InlineData("sms", "+13125550902")]
    public async Task OptOutThroughTheApi_NoSendPathReachesTheProvider(string channel, string number)
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var sms = await factory.TakenSmsConversationAsync(agent, number);
        var call = await factory.TakenSmsConversationAsync(agent, number, "voice-main");
        // What went out before the opt-out (the bot's greeting) may go out; nothing after it may.
        await factory.QuietAsync(sms.Id);
        var before = factory.Sender.Sent.Count(d => d.Address == number);
        var consent = await agent.Client.PostAsJsonAsync($"{ContactApi.Url(sms.ContactId)}/consents",
            new { channel, optedIn = false, source = "phone call", wording = "Riverton 311 will not message you." });
        consent.EnsureSuccessStatusCode();

        (await agent.ReplyAsync(sms.Id, "Reply on the text line.")).EnsureSuccessStatusCode();
        await agent.ReplyAsync(call.Id, "Reply after the call.");
        var bot = await factory.Conversations.StartAsync("sms-main", number, null, null, CancellationToken.None);

        Assert.Equal("blocked", (await agent.SettledAsync(sms.Id, "Reply on the text line.")).Status);
        await factory.QuietAsync(bot.Id);
        Assert.Equal(before, factory.Sender.Sent.Count(d => d.Address == number));
        Assert.DoesNotContain(factory.Sender.Sent, d => d.Activity.Text is "Reply on the text line." or "Reply after the call.");
        Assert.Equal(sms.ContactId, bot.ContactId);
    }

    [Fact]
    public async Task NoOptOut_TheSameReplyIsSent()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var sms = await factory.TakenSmsConversationAsync(agent, "+13125550903");

        (await agent.ReplyAsync(sms.Id, "Reply on the text line.")).EnsureSuccessStatusCode();

        Assert.NotEqual("blocked", (await agent.SettledAsync(sms.Id, "Reply on the text line.")).Status);
        Assert.Contains(factory.Sender.Sent, d => d.Address == "+13125550903" && d.Activity.Text == "Reply on the text line.");
    }
}
