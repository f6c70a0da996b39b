using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Console;

/// <summary>One thread per person across channels, and answering them on another channel they can be reached on.</summary>
public sealed class ThreadApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Fact]
    public async Task Timeline_TextsAndCallFromOneNumber_InterleavesBothInTimeOrder()
    {
        var (sms, call) = await StartPersonAsync("+15550701");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await SaysAsync(sms, "text one");
        await SaysAsync(call, "call two");
        await SaysAsync(sms, "text three");

        var timeline = (await agent.Client.GetFromJsonAsync<TimelineDto>($"/api/agent/conversations/{call.Id}/timeline"))!;

        var said = timeline.Entries.Where(e => e.Message.Author == "resident").Select(e => (e.Channel, e.Message.Text)).ToList();
        Assert.Equal([("sms", "text one"), ("voice", "call two"), ("sms", "text three")], said);
        Assert.Equal(timeline.Entries.Select(e => e.Message.CreatedAt).Order(), timeline.Entries.Select(e => e.Message.CreatedAt));
        Assert.Equal(sms.ContactId, timeline.ContactId);
        Assert.False(timeline.Reach.Single(r => r.Channel == "voice").CanReply);
        Assert.True(timeline.Reach.Single(r => r.Channel == "sms").CanReply);
    }

    [Fact]
    public async Task Timeline_ReadInPages_OlderPagesJoinUpWithoutGapsOrRepeats()
    {
        var (sms, call) = await StartPersonAsync("+15550705");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        foreach (var text in new[] { "one", "two", "three", "four", "five" })
            await SaysAsync(text.Length % 2 == 0 ? call : sms, text);
        var url = $"/api/agent/conversations/{sms.Id}/timeline";
        // The bot answers each turn in the background: page through a timeline that did not change while it was read.
        TimelineDto whole, after;
        List<TimelineDto> pages;
        var attempts = 0;
        do
        {
            whole = (await agent.Client.GetFromJsonAsync<TimelineDto>(url))!;
            pages = [(await agent.Client.GetFromJsonAsync<TimelineDto>(url + "?limit=2"))!];
            while (pages[^1].Older is { } older)
                pages.Add((await agent.Client.GetFromJsonAsync<TimelineDto>($"{url}?limit=2&before={Uri.EscapeDataString(older)}"))!);
            after = (await agent.Client.GetFromJsonAsync<TimelineDto>(url))!;
        }
        while (after.Entries.Count != whole.Entries.Count && ++attempts < 50);
        Assert.Null(whole.Older);

        Assert.All(pages, p => Assert.InRange(p.Entries.Count, 1, 2));
        var joined = pages.AsEnumerable().Reverse().SelectMany(p => p.Entries).Select(e => (e.ConversationId, e.Message.Sequence));
        Assert.Equal(whole.Entries.Select(e => (e.ConversationId, e.Message.Sequence)), joined);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("12.x.abc")]
    [InlineData("12.3.")]
    public async Task Timeline_BeforeNotACursor_Is400Problem(string before)
    {
        var (sms, _) = await StartPersonAsync("+15550706");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync($"/api/agent/conversations/{sms.Id}/timeline?before={Uri.EscapeDataString(before)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Timeline_SmsOptedOut_ReachSaysWhy()
    {
        var (sms, call) = await StartPersonAsync("+15550702");
        await OptOutAsync("+15550702");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var timeline = (await agent.Client.GetFromJsonAsync<TimelineDto>($"/api/agent/conversations/{call.Id}/timeline"))!;

        var reach = timeline.Reach.Single(r => r.ConversationId == sms.Id);
        Assert.False(reach.CanReply);
        Assert.Contains("opted out", reach.Reason);
    }

    [Fact]
    public async Task ReplyVia_HeldCallAnsweredBySms_SendsOnSmsAndNotesTheCall()
    {
        var (sms, call) = await StartPersonAsync("+15550703");
        using var agent = await TakeAsync(call.Id);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{call.Id}/reply-via/{sms.Id}", new { text = "Your bin will be replaced on Friday." });

        response.EnsureSuccessStatusCode();
        var sent = (await response.Content.ReadFromJsonAsync<MessageDto>())!;
        Assert.Equal(sms.Id, sent.ConversationId);
        Assert.Contains((await agent.GetAsync(sms.Id)).Transcript, m => m.Author == "agent" && m.Text == "Your bin will be replaced on Friday." && !m.Private);
        Assert.Contains((await agent.GetAsync(call.Id)).Transcript, m => m.Private && m.Text!.Contains("answered on sms"));
    }

    [Fact]
    public async Task ReplyVia_OptedOutChannel_IsConflictAndNothingSent()
    {
        var (sms, call) = await StartPersonAsync("+15550704");
        await OptOutAsync("+15550704");
        using var agent = await TakeAsync(call.Id);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{call.Id}/reply-via/{sms.Id}", new { text = "Hello" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain((await agent.GetAsync(sms.Id)).Transcript, m => m.Author == "agent");
    }

    [Fact]
    public async Task ReplyVia_AnotherPersonsConversation_IsNotFound()
    {
        var (_, call) = await StartPersonAsync("+15550705");
        var (stranger, _) = await StartPersonAsync("+15550706");
        using var agent = await TakeAsync(call.Id);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{call.Id}/reply-via/{stranger.Id}", new { text = "Hello" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain((await agent.GetAsync(stranger.Id)).Transcript, m => m.Author == "agent");
    }

    [Fact]
    public async Task ReplyVia_ConversationNotTaken_IsForbidden()
    {
        var (sms, call) = await StartPersonAsync("+15550707");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{call.Id}/reply-via/{sms.Id}", new { text = "Hello" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<(Conversation Sms, Conversation Call)> StartPersonAsync(string number)
    {
        var sms = await factory.Conversations.StartAsync("sms-main", number, "Rosa", null, CancellationToken.None);
        var call = await factory.Conversations.StartAsync("voice-main", number, null, null, CancellationToken.None);
        Assert.Equal(sms.ContactId, call.ContactId);
        return (sms, call);
    }

    private Task SaysAsync(Conversation conversation, string text) =>
        factory.Conversations.ReceiveAsync(new InboundActivity(conversation.InboxId, conversation.Address, conversation.Id, Guid.NewGuid().ToString("N"), new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = conversation.ChannelId,
            From = new ChannelAccount(conversation.Address, null, "user"),
            Conversation = new ConversationAccount(conversation.Id),
            Text = text,
        }), CancellationToken.None);

    private Task OptOutAsync(string number) =>
        factory.Services.GetRequiredService<IOptOutRegistry>()
            .RecordAsync(new ConsentChange("sms", number, "sms-main", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);

    private async Task<AgentSession> TakeAsync(string conversationId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await factory.Conversations.HandOffAsync(conversationId, "caller asked for a person", CancellationToken.None);
                break;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
            }
        }
        var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        (await agent.TakeAsync(conversationId)).EnsureSuccessStatusCode();
        return agent;
    }
}
