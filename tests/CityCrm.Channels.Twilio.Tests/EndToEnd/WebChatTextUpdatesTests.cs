using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.City311.Tests.Bot;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>
/// A report on web chat whose resident wants updates by text message: the number is asked for, kept on their contact,
/// and the request's status changes go out through the Twilio sender (to the fake REST API), never on web chat.
/// </summary>
public sealed partial class WebChatTextUpdatesTests(TwilioHostFactory host) : IClassFixture<TwilioHostFactory>
{
    private static string Text(JsonNode activity) => activity["text"]!.GetValue<string>();

    private static async Task<ResidentChat> AtUpdatesQuestionAsync(TwilioHostFactory host, string street)
    {
        var chat = await ResidentChat.OpenAsync(host);
        Assert.Contains("Where is it?", Text(await chat.SayAsync("there is a pothole")));
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync(street)));
        return chat;
    }

    [Fact]
    public async Task Close_ReportedOnWebChatWithTextUpdates_NoticeTextedThroughTwilioNotOnWebChat()
    {
        var chat = await AtUpdatesQuestionAsync(host, "14 Juniper Street");
        Assert.Equal("What number should we text the updates to?", Text(await chat.SayAsync("By text message")));
        Assert.StartsWith("Sorry, that doesn't look like a phone number. What number", Text(await chat.SayAsync("12 34")));
        var opened = Text(await chat.SayAsync("(555) 555-0177"));
        var reference = Reference().Match(opened).Value;
        Assert.NotEmpty(reference);
        var (agent, _) = await Journey.SignInAgentAsync(host);

        var closed = await agent.PostAsJsonAsync($"/api/agent/cases/{reference}/close", new { note = "Filled this morning", notify = true });

        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var texted = await Eventually.FindAsync(() => host.Api.Received.FirstOrDefault(m => m.To == "+15555550177"));
        Assert.Contains(reference, texted.Body);
        Assert.Contains("Filled this morning", texted.Body);
        Assert.Single(host.Api.Received, m => m.To == "+15555550177");
        var webChat = await host.Services.GetRequiredService<IConversationStore>().GetMessagesAsync(chat.Conversation.ConversationId, 0, 500, CancellationToken.None);
        Assert.DoesNotContain(webChat, m => m.Text?.Contains("Filled this morning", StringComparison.Ordinal) == true);
        var webContact = (await host.Services.GetRequiredService<IConversationStore>().GetAsync(chat.Conversation.ConversationId, CancellationToken.None))!.ContactId;
        var identity = Assert.Single(await host.Services.GetRequiredService<IConversationStore>().FindIdentitiesAsync("+15555550177", CancellationToken.None));
        Assert.Equal((TestAccount.SmsInbox, webContact), (identity.InboxId, identity.ContactId));
    }

    [Fact]
    public async Task Report_NumberThatTextedStop_RefusedAndAskedHowElse()
    {
        await host.OptOuts.RecordAsync(new ConsentChange("sms", "+15555550178", TestAccount.SmsInbox, true, "STOP", DateTimeOffset.UtcNow),
            CancellationToken.None);
        var chat = await AtUpdatesQuestionAsync(host, "16 Juniper Street");
        await chat.SayAsync("By text message");

        var reply = Text(await chat.SayAsync("555 555 0178"));

        Assert.StartsWith("The number +15555550178 asked us to stop texting it", reply);
        Assert.Contains("How would you like to hear about this request?", reply);
        Assert.Empty(await host.Services.GetRequiredService<IConversationStore>().FindIdentitiesAsync("+15555550178", CancellationToken.None));
    }

    [GeneratedRegex(@"R-\d{6}")]
    private static partial Regex Reference();
}
