using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Meta.Tests.Host;

/// <summary>
/// What leaves the host: the bot's answers through the outbox to the fake Graph API, their statuses coming back, and
/// a resident's photo opened by staff through Graph.
/// </summary>
[Collection(MetaHostCollection.Name)]
public sealed class MetaDeliveryTests(MetaHostFactory host)
{
    private readonly MetaWebhookPoster meta = new(host.CreateClient());

    private async Task<Message> BotAnswerAsync(string inboxId, string address) =>
        await Eventually.FindAsync(async () => (await host.TranscriptAsync(inboxId, address))
            .FirstOrDefault(m => m.AuthorKind == AuthorKind.Bot && m.ProviderMessageId is not null));

    [Fact]
    public async Task WhatsAppText_BotAnswerIsSentWithTheNumbersTokenToTheNumbersPath()
    {
        var waId = host.NewWaId();

        await meta.PostAsync(Captured.WhatsAppText(host, waId, "When is bulk trash pickup?"));

        var sent = await Eventually.FindAsync(() => host.Graph.Received.FirstOrDefault(r => r.To == waId && r.Status == 200));
        Assert.Equal($"/{TestMeta.GraphVersion}/{TestMeta.PhoneNumberId}/messages", sent.Path);
        Assert.Equal($"Bearer {TestMeta.WhatsAppToken}", sent.Authorization);
        Assert.Equal("whatsapp", (string?)sent.Body!["messaging_product"]);
        Assert.False(string.IsNullOrWhiteSpace(sent.Text));
        var stored = await BotAnswerAsync(TestMeta.WhatsAppInbox, "+" + waId);
        Assert.StartsWith("wamid.", stored.ProviderMessageId);
    }

    [Theory]
    [InlineData("wa-status-delivered.json", "wamid.HBgLMTU1NTU1NTAxMjMVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", "delivered", null)]
    [InlineData("wa-status-failed.json", "wamid.HBgLMTU1NTU1NTAxMjMVAgARGBI5QzE2QkE1RDlCRjM0MzQ1QzgA", "failed", "131026: Message undeliverable")]
    public async Task WhatsAppStatus_ForTheBotsAnswer_ShowsOnTheStoredMessage(string file, string capturedWamid, string status, string? error)
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Captured.WhatsAppText(host, waId, "Where do I pay a water bill?"));
        var answer = await BotAnswerAsync(TestMeta.WhatsAppInbox, "+" + waId);
        var wamid = answer.ProviderMessageId!.Split(',')[0];

        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(Payload.Load(file).With(capturedWamid, wamid))).StatusCode);

        var updated = await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId))
            .FirstOrDefault(m => m.Sequence == answer.Sequence && m.DeliveryStatus == status));
        Assert.Equal(error, updated.DeliveryError);
    }

    [Fact]
    public async Task MessengerText_StoredInThePagesInboxAndAnsweredAsAResponse()
    {
        var psid = host.NewId("");

        await meta.PostAsync(Captured.MessengerText(host, psid, "My streetlight has been out for a week"));

        var sent = await Eventually.FindAsync(() => host.Graph.Received.FirstOrDefault(r => r.To == psid && r.Status == 200));
        Assert.Equal($"/{TestMeta.GraphVersion}/me/messages", sent.Path);
        Assert.Equal($"Bearer {TestMeta.PageToken}", sent.Authorization);
        Assert.Equal("RESPONSE", (string?)sent.Body!["messaging_type"]);
        var incoming = (await host.TranscriptAsync(TestMeta.MessengerInbox, psid)).First(m => m.AuthorKind == AuthorKind.Contact);
        Assert.Equal("My streetlight has been out for a week", incoming.Text);
    }

    [Fact]
    public async Task MessengerRead_Watermark_MarksEverythingSentBeforeItRead()
    {
        var psid = host.NewId("");
        await meta.PostAsync(Captured.MessengerText(host, psid, "Is the pool open?"));
        var answer = await BotAnswerAsync(TestMeta.MessengerInbox, psid);
        var watermark = host.Clock.GetUtcNow().ToUnixTimeMilliseconds();

        await meta.PostAsync(Payload.Load("ms-read.json").With(TestMeta.ResidentPsid, psid).With("1763900500000", watermark.ToString()));

        await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.MessengerInbox, psid))
            .FirstOrDefault(m => m.Sequence == answer.Sequence && m.DeliveryStatus == "read"));
    }

    [Fact]
    public async Task MessengerDelivery_ByMid_MarksThatMessageDelivered()
    {
        var psid = host.NewId("");
        await meta.PostAsync(Captured.MessengerText(host, psid, "How do I renew a dog license?"));
        var answer = await BotAnswerAsync(TestMeta.MessengerInbox, psid);

        await meta.PostAsync(Payload.Load("ms-delivery.json").With(TestMeta.ResidentPsid, psid)
            .With("m_Dl1vR2eD3mI4dS5aB6cD7eF8gH9iJ0kL1mN2oP3qR4sT5uV6wX7yZ8aB9cD0eFgHi", answer.ProviderMessageId!.Split(',')[0]));

        await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.MessengerInbox, psid))
            .FirstOrDefault(m => m.Sequence == answer.Sequence && m.DeliveryStatus == "delivered"));
    }

    [Fact]
    public async Task Media_OpenedByAnAgent_IsFetchedThroughGraphWithTheNumbersToken()
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Payload.Load("wa-image.json").With(TestMeta.ResidentWaId, waId));
        var photo = await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId))
            .FirstOrDefault(m => m.Activity.Attachments is { Count: 1 }));
        var agent = await Captured.AgentAsync(host);

        var response = await agent.GetAsync(photo.Activity.Attachments![0].ContentUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(FakeGraphApi.MediaBytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Media_InTheAgentsTranscript_IsListedWithItsDownloadLink()
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Payload.Load("wa-document.json").With(TestMeta.ResidentWaId, waId));
        var conversation = await Eventually.FindAsync(() => host.ConversationAsync(TestMeta.WhatsAppInbox, "+" + waId));
        var agent = await Captured.AgentAsync(host);

        var detail = await agent.GetFromJsonAsync<JsonObject>($"/api/agent/conversations/{conversation.Id}");

        var file = detail!["transcript"]!.AsArray().SelectMany(m => m!["attachments"]?.AsArray() ?? []).Single();
        Assert.Equal("permit-application.pdf", (string?)file!["name"]);
        Assert.Equal($"/api/agent/attachments/meta/{TestMeta.PhoneNumberId}/902384721938472", (string?)file["url"]);
    }

    [Fact]
    public async Task Media_WithoutSignIn_IsRefused()
    {
        var response = await host.CreateClient().GetAsync($"/api/agent/attachments/meta/{TestMeta.PhoneNumberId}/1184093942832115");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
