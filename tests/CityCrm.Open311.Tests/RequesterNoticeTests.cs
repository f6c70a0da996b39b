using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.CaseCore;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Notifications;
using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>
/// A request filed through Open311 has no conversation: its requester hears of status changes by email, or by text
/// message when only a phone was given, once per change, and not at all on a number that texted STOP.
/// </summary>
public sealed class RequesterNoticeTests(Open311AppFactory factory) : IClassFixture<Open311AppFactory>
{
    private async Task<HttpClient> AgentAsync()
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.True(login.IsSuccessStatusCode);
        return client;
    }

    private static async Task<string> StartAsync(HttpClient agent, string reference) => (await StartWithStatusAsync(agent, reference)).Detail;

    private static async Task<(string Detail, string Status)> StartWithStatusAsync(HttpClient agent, string reference)
    {
        var response = await agent.PostAsJsonAsync($"/api/agent/cases/{reference}/start", new { note = "Crew on the way", notify = true });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var reply = JsonNode.Parse(body)!;
        return (reply["noticeDetail"]!.GetValue<string>(), reply["noticeStatus"]!.GetValue<string>());
    }

    private async Task<IReadOnlyList<Message>> NoticesAsync(string inboxId, string address, string reference)
    {
        var store = factory.Get<IConversationStore>();
        var identity = Assert.Single(await store.FindIdentitiesAsync(address, CancellationToken.None), i => i.InboxId == inboxId);
        var conversation = await store.FindLatestAsync(inboxId, identity.ContactId, CancellationToken.None);
        Assert.NotNull(conversation);
        var messages = await store.GetMessagesAsync(conversation.Id, 0, 100, CancellationToken.None);
        return messages.Where(m => m.Text?.Contains(reference, StringComparison.Ordinal) == true).ToList();
    }

    [Fact]
    public async Task Start_RequesterGaveEmail_ToldOnceByEmailEvenWhenNotifiedAgain()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("Told.Once@Example.org"));

        Assert.Equal("Sent.", await StartAsync(await AgentAsync(), reference));
        var started = (await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None))!;
        await factory.Get<CaseUpdateNotifier>().NotifyAsync(started, "Crew on the way", CancellationToken.None);

        var notice = Assert.Single(await NoticesAsync("email", "told.once@example.org", reference));
        Assert.Contains("in progress", notice.Text);
    }

    [Fact]
    public async Task Start_RequesterGavePhoneOnly_ToldByTextMessage()
    {
        var fields = Open311Calls.ValidPothole("x").Where(f => f.Item1 != "email").Append(("phone", "(555) 555-0161"));
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), fields);

        Assert.Equal("Sent.", await StartAsync(await AgentAsync(), reference));

        Assert.Single(await NoticesAsync("sms", "+15555550161", reference));
        var texted = await CityCrm.Testing.Eventually.FindAsync(() => factory.Sms.Sent.FirstOrDefault(d => d.Address == "+15555550161"));
        Assert.Contains(reference, texted.Activity.Text);
    }

    [Fact]
    public async Task Start_PhoneOnlyRequesterTextedStop_NotTextedAndReportedAsHeldBack()
    {
        await factory.Get<IOptOutRegistry>().RecordAsync(
            new ConsentChange("sms", "+15555550162", "sms", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);
        var fields = Open311Calls.ValidPothole("x").Where(f => f.Item1 != "email").Append(("phone", "(555) 555-0162"));
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), fields);

        var (detail, status) = await StartWithStatusAsync(await AgentAsync(), reference);

        Assert.Equal("held-back", status);
        Assert.StartsWith("Held back by consent: ", detail);
        var blocked = await CityCrm.Testing.Eventually.FindAsync(async () =>
            (await NoticesAsync("sms", "+15555550162", reference)).FirstOrDefault(m => m.DeliveryStatus == "blocked"));
        Assert.Contains("in progress", blocked.Text);
        Assert.DoesNotContain(factory.Sms.Sent, d => d.Address == "+15555550162");
    }
}
