using System.Text.Json;
using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MetaSenderTests : IAsyncLifetime
{
    private FakeGraphApi graph = null!;
    private MetaServices services = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApi.StartAsync();
        services = await MetaServices.CreateAsync(graph.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await graph.DisposeAsync();
    }

    private static Activity Said(string text, string role = "agent", string name = "Alex Agent", params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("a1", name, role),
        Entities = entities.Length == 0 ? null : [.. entities],
    };

    private async Task<OutboundDelivery> WhatsAppDeliveryAsync(Activity activity)
    {
        var conversation = await services.ConversationWithResidentMessageAsync(TestMeta.WhatsAppInbox, ChannelIds.WhatsApp, TestMeta.Resident);
        return new OutboundDelivery(TestMeta.WhatsAppInbox, conversation.Id, TestMeta.Resident, 2, activity);
    }

    private async Task<OutboundDelivery> MessengerDeliveryAsync(Activity activity)
    {
        var conversation = await services.ConversationWithResidentMessageAsync(TestMeta.MessengerInbox, ChannelIds.Messenger, TestMeta.ResidentPsid);
        return new OutboundDelivery(TestMeta.MessengerInbox, conversation.Id, TestMeta.ResidentPsid, 2, activity);
    }

    [Fact]
    public void Senders_Registered_AreWhatsAppAndMessengerWithTheirLimits()
    {
        Assert.Equal(4096, Assert.IsType<WhatsAppSender>(services.Sender(ChannelIds.WhatsApp)).MaxTextLength);
        Assert.Equal(2000, Assert.IsType<MessengerSender>(services.Sender(ChannelIds.Messenger)).MaxTextLength);
    }

    [Fact]
    public async Task WhatsApp_InsideTheWindow_SendsTheTextToTheWaId()
    {
        var outcome = await services.Sender(ChannelIds.WhatsApp).SendAsync(await WhatsAppDeliveryAsync(Said("We are on it.")), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        Assert.StartsWith("wamid.", outcome.ProviderMessageId);
        var sent = Assert.Single(graph.Received);
        Assert.Equal(TestMeta.ResidentWaId, sent.To);
        Assert.Equal("We are on it.", sent.Text);
    }

    [Fact]
    public async Task WhatsApp_CaseUpdateOutsideTheWindow_SendsTheCaseUpdateTemplateWithTheReference()
    {
        var delivery = await WhatsAppDeliveryAsync(Said("Your request is now in progress.", "bot", "Riverton 311", new Entity
        {
            Type = "case",
            Properties = new() { ["reference"] = JsonSerializer.SerializeToElement("RIV-2026-000123"), ["service"] = JsonSerializer.SerializeToElement("Pothole") },
        }));
        services.Clock.Advance(TimeSpan.FromHours(25));

        var outcome = await services.Sender(ChannelIds.WhatsApp).SendAsync(delivery, CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var template = Assert.Single(graph.Received).Body!["template"]!;
        Assert.Equal("riverton_311_request_update", (string?)template["name"]);
        Assert.Equal(["RIV-2026-000123", "Your request is now in progress."],
            template["components"]![0]!["parameters"]!.AsArray().Select(p => (string?)p!["text"]));
    }

    [Fact]
    public async Task WhatsApp_OutsideTheWindowWithoutTemplates_FailsWithTheReasonAndSendsNothing()
    {
        await using var bare = await MetaServices.CreateAsync(graph.BaseUrl, s =>
        {
            foreach (var key in s.Keys.Where(k => k.StartsWith("Meta:Templates", StringComparison.Ordinal)).ToList())
                s.Remove(key);
        });
        var conversation = await bare.ConversationWithResidentMessageAsync(TestMeta.WhatsAppInbox, ChannelIds.WhatsApp, TestMeta.Resident);
        bare.Clock.Advance(TimeSpan.FromHours(24));

        var outcome = await bare.Sender(ChannelIds.WhatsApp).SendAsync(
            new OutboundDelivery(TestMeta.WhatsAppInbox, conversation.Id, TestMeta.Resident, 2, Said("Following up")), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("outside the 24-hour window: template required", outcome.Error);
        Assert.Empty(graph.Received);
    }

    [Fact]
    public async Task WhatsApp_InboxWithoutNumber_Fails()
    {
        var outcome = await services.Sender(ChannelIds.WhatsApp).SendAsync(
            new OutboundDelivery("sms", "c1", TestMeta.Resident, 1, Said("Hi")), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Empty(graph.Received);
    }

    [Fact]
    public async Task Messenger_AgentReplyAfterADay_IsTaggedHumanAgent()
    {
        var delivery = await MessengerDeliveryAsync(Said("Sorry for the wait."));
        services.Clock.Advance(TimeSpan.FromDays(2));

        var outcome = await services.Sender(ChannelIds.Messenger).SendAsync(delivery, CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var sent = Assert.Single(graph.Received);
        Assert.Equal("MESSAGE_TAG", (string?)sent.Body!["messaging_type"]);
        Assert.Equal("HUMAN_AGENT", (string?)sent.Body["tag"]);
    }

    [Theory]
    [InlineData("bot", 2)]
    [InlineData("agent", 8)]
    public async Task Messenger_OutsideWhatTheWindowAllows_FailsAndSendsNothing(string role, int days)
    {
        var delivery = await MessengerDeliveryAsync(Said("Checking in.", role));
        services.Clock.Advance(TimeSpan.FromDays(days));

        var outcome = await services.Sender(ChannelIds.Messenger).SendAsync(delivery, CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("outside Messenger's", outcome.Error);
        Assert.Empty(graph.Received);
    }

    [Fact]
    public async Task MessengerTyping_InsideTheWindow_SendsTypingOnToTheResident()
    {
        var delivery = await MessengerDeliveryAsync(Said("unused"));
        var typing = Assert.IsType<MessengerSender>(services.Sender(ChannelIds.Messenger));

        var shown = await typing.SendTypingAsync(TestMeta.MessengerInbox, delivery.ConversationId, TestMeta.ResidentPsid, CancellationToken.None);

        Assert.True(shown);
        var sent = Assert.Single(graph.Received);
        Assert.Equal((200, $"Bearer {TestMeta.PageToken}", TestMeta.ResidentPsid), (sent.Status, sent.Authorization, sent.To));
        Assert.Equal("typing_on", (string?)sent.Body!["sender_action"]);
        Assert.Null(sent.Body["message"]);
    }

    [Fact]
    public async Task MessengerTyping_OutsideTheWindow_SendsNothing()
    {
        var delivery = await MessengerDeliveryAsync(Said("unused"));
        services.Clock.Advance(TimeSpan.FromHours(25));
        var typing = Assert.IsType<MessengerSender>(services.Sender(ChannelIds.Messenger));

        var shown = await typing.SendTypingAsync(TestMeta.MessengerInbox, delivery.ConversationId, TestMeta.ResidentPsid, CancellationToken.None);

        Assert.False(shown);
        Assert.Empty(graph.Received);
    }
}
