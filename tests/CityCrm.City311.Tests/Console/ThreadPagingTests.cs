using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Console;

/// <summary>A long thread over five channels read page by page through the API while the person keeps writing.</summary>
public sealed class ThreadPagingTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private const int Seeded = 360, PageSize = 40;

    private IConversationStore Store => factory.Services.GetRequiredService<IConversationStore>();

    [Fact]
    public async Task Timeline_HundredsOfMessagesPagedWhileNewOnesArrive_ShowsEachEarlierMessageExactlyOnce()
    {
        var conversations = await PersonOnFiveChannelsAsync("+15550790");
        var since = DateTimeOffset.UtcNow.AddDays(-1);
        // Every third message shares its instant with a neighbour, so pages also split between messages stamped alike.
        for (var i = 0; i < Seeded; i++)
            await Store.AppendAsync(Said(conversations[i % conversations.Count], "seeded " + i, since.AddSeconds(i - i / 3)), CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var url = $"/api/agent/conversations/{conversations[0].Id}/timeline?limit={PageSize}";

        using var paging = new CancellationTokenSource();
        var arriving = KeepWritingAsync(conversations, paging.Token);
        var pages = new List<TimelineDto> { (await agent.Client.GetFromJsonAsync<TimelineDto>(url))! };
        while (pages[^1].Older is { } older)
        {
            await Store.AppendAsync(Said(conversations[pages.Count % conversations.Count], "between pages", DateTimeOffset.UtcNow), CancellationToken.None);
            pages.Add((await agent.Client.GetFromJsonAsync<TimelineDto>($"{url}&before={Uri.EscapeDataString(older)}"))!);
        }
        await paging.CancelAsync();
        var added = await arriving;

        Assert.All(pages, p => Assert.InRange(p.Entries.Count, 1, PageSize));
        var read = pages.AsEnumerable().Reverse().SelectMany(p => p.Entries).Select(e => (e.ConversationId, e.Message.Sequence)).ToList();
        Assert.Equal(read.Count, read.Distinct().Count());
        var newestShown = pages[0].Entries[^1].Message;
        var stored = await Store.GetThreadPageAsync(conversations[0].ContactId, null, 10_000, CancellationToken.None);
        var existedWhenPagingBegan = stored.Select(m => m.Message)
            .SkipWhile(m => (m.ConversationId, m.Sequence) != (newestShown.ConversationId, newestShown.Sequence))
            .Reverse().Select(m => (m.ConversationId, m.Sequence));
        Assert.Equal(existedWhenPagingBegan, read);
        Assert.InRange(read.Count, Seeded, Seeded + added);
        Assert.Equal(5, pages.SelectMany(p => p.Entries).Select(e => e.Channel).Distinct().Count());
        Assert.True(added > 0);
        Assert.Equal(Seeded + added + pages.Count - 1, stored.Count);
    }

    // Messages keep landing on the person's conversations while the agent reads back through the thread.
    private async Task<int> KeepWritingAsync(IReadOnlyList<Conversation> conversations, CancellationToken stop)
    {
        var added = 0;
        while (!stop.IsCancellationRequested)
        {
            await Store.AppendAsync(Said(conversations[added % conversations.Count], "meanwhile " + added, DateTimeOffset.UtcNow), CancellationToken.None);
            added++;
            await Task.Delay(5, CancellationToken.None);
        }
        return added;
    }

    // A number is one person on SMS, the phone line and WhatsApp; Telegram and web chat join once proven.
    private async Task<IReadOnlyList<Conversation>> PersonOnFiveChannelsAsync(string number)
    {
        var service = factory.Conversations;
        var none = CancellationToken.None;
        var sms = await service.FindOrOpenAsync("sms-main", number, none);
        var call = await service.FindOrOpenAsync("voice-main", number, none);
        var whatsapp = await service.FindOrOpenAsync("whatsapp", number, none);
        var telegram = await service.FindOrOpenAsync("telegram", "tg-" + number[1..], none);
        var web = await service.FindOrOpenAsync("web", "web-" + number[1..], none);
        Assert.True(await Store.LinkIdentityAsync("telegram", telegram.Address, sms.ContactId, none));
        Assert.True(await Store.LinkIdentityAsync("web", web.Address, sms.ContactId, none));
        Assert.Equal([sms.ContactId], new[] { call, whatsapp }.Select(c => c.ContactId).Distinct());
        return [sms, call, whatsapp, telegram, web];
    }

    private static Message Said(Conversation conversation, string text, DateTimeOffset at) => new()
    {
        ConversationId = conversation.Id,
        Direction = MessageDirection.Outgoing,
        AuthorKind = AuthorKind.Agent,
        AuthorId = "agent",
        AuthorName = "Alex Agent",
        IsPrivate = true,
        Text = text,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
        CreatedAt = at,
    };
}
