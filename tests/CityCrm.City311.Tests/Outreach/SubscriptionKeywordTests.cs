using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>Residents subscribe and unsubscribe by texting keywords; each change is a consent record a segment reads.</summary>
public sealed class SubscriptionKeywordTests(OutreachAppFactory factory) : IClassFixture<OutreachAppFactory>
{
    private async Task<string> TextAsync(string number, string text)
    {
        var result = await factory.Conversations.ReceiveAsync(new InboundActivity("sms-main", number, null, "SM" + Guid.NewGuid().ToString("N"),
            new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(number, null, "user") }), CancellationToken.None);
        var conversationId = result.Conversation.Id;
        var reply = await Eventually.FindAsync(async () => (await factory.Conversations.GetTranscriptAsync(conversationId, 0, 200, CancellationToken.None))
            .LastOrDefault(m => m.Direction == MessageDirection.Outgoing && m.Sequence > result.Message.Sequence));
        return reply.Text!;
    }

    private async Task<int> SubscribersAsync(string topic)
    {
        using var supervisor = await factory.SupervisorAsync();
        var preview = await (await supervisor.Client.PostAsJsonAsync($"{OutreachCalls.Api}/segments/preview",
            new { rules = new { subscriptions = new[] { topic } } })).Content.ReadFromJsonAsync<JsonElement>();
        return preview.GetProperty("count").GetInt32();
    }

    [Fact]
    public async Task SubscribeThenUnsubscribe_ByText_ConfirmedRecordedAndReadBySegments()
    {
        const string number = "+13125550701";
        var before = await SubscribersAsync("trash-route-4");

        var subscribed = await TextAsync(number, "subscribe trash");
        var during = await SubscribersAsync("trash-route-4");
        var unsubscribed = await TextAsync(number, "UNSUBSCRIBE TRASH");

        Assert.Equal("You are subscribed to Route 4 trash and recycling days. Reply UNSUBSCRIBE TRASH to stop.", subscribed);
        Assert.StartsWith("You are unsubscribed from Route 4 trash", unsubscribed, StringComparison.Ordinal);
        Assert.Equal((before + 1, before), (during, await SubscribersAsync("trash-route-4")));
        var contact = (await factory.Services.GetRequiredService<IConversationStore>().FindIdentitiesAsync(number, CancellationToken.None)).Single().ContactId;
        var records = await factory.Services.GetRequiredService<IContactConsentStore>().ListAsync(contact, CancellationToken.None);
        Assert.Equal([(true, subscribed), (false, unsubscribed)], records.Where(r => r.Topic == "subscription:trash-route-4").Select(r => (r.OptedIn, r.Wording)));
        Assert.All(records, r => Assert.StartsWith("keyword:sms:", r.Source, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscribe_SpanishKeyword_ConfirmedInSpanish()
    {
        var reply = await TextAsync("+13125550702", "Suscribir basura");

        Assert.StartsWith("Está suscrito a: los días de basura y reciclaje de la ruta 4.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SUBSCRIBE PARKING", "We don't know the topic \"parking\". You can subscribe to: TRASH (")]
    [InlineData("SUSCRIBIR", "Puede suscribirse a: BASURA (")]
    public async Task Subscribe_UnknownOrNoTopic_ListsTheTopics(string text, string expected)
    {
        var reply = await TextAsync($"+1312555071{text.Length % 10}", text);

        Assert.StartsWith(expected, reply, StringComparison.Ordinal);
    }
}
