using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CityCrm.Channels.Telegram.Inbound;
using CityCrm.Channels.Telegram.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Telegram.Tests.Host;

/// <summary>Updates posted to the real host as Telegram posts them, the bot's answers sent to the fake Bot API.</summary>
public sealed class TelegramWebhookTests(TelegramHostFactory host) : IClassFixture<TelegramHostFactory>
{
    private const string Path = "/telegram/telegram";
    private readonly HttpClient client = host.CreateClient();

    private Task<HttpResponseMessage> PostAsync(string body, string? secret = TelegramHostFactory.Secret, string path = Path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        return client.SendAsync(request);
    }

    private Task<JsonObject> SentToAsync(long chat, Func<JsonObject, bool>? where = null) =>
        Eventually.FindAsync(() => Task.FromResult(host.Api.Sent.FirstOrDefault(m => m["chat_id"]!.ToString() == chat.ToString(System.Globalization.CultureInfo.InvariantCulture) && (where is null || where(m)))));

    [Fact]
    public async Task Post_Start_StoredAndTheGreetingArrivesWithButtons()
    {
        var chat = host.NewChat();

        var response = await PostAsync(Updates.For("start.json", host.NewUpdate(), chat));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = await SentToAsync(chat);
        Assert.Contains("311 assistant", (string?)greeting["text"]);
        Assert.Null(greeting["parse_mode"]);
        var buttons = greeting["reply_markup"]!["inline_keyboard"]!.AsArray().Select(r => (string?)r![0]!["text"]).ToList();
        Assert.Contains("Talk to a person", buttons);
        var sent = await Eventually.FindAsync(async () => (await host.TranscriptAsync(chat)).FirstOrDefault(m => m.DeliveryStatus == "sent"));
        Assert.NotNull(sent.ProviderMessageId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData("test-webhook-secret_")]
    public async Task Post_MissingOrWrongSecret_403ProblemAndNothingStored(string? secret)
    {
        var chat = host.NewChat();

        var response = await PostAsync(Updates.For("text.json", host.NewUpdate(), chat), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await host.TranscriptAsync(chat));
    }

    [Fact]
    public async Task Post_UnknownBot_404Problem()
    {
        var response = await PostAsync(Updates.For("text.json", host.NewUpdate(), host.NewChat()), path: "/telegram/sms");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task Post_NotAnUpdate_400Problem(string body) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(body)).StatusCode);

    [Fact]
    public async Task Post_SameUpdateTwice_StoredAndAnsweredOnce()
    {
        var chat = host.NewChat();
        var update = Updates.For("text.json", host.NewUpdate(), chat);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(update)).StatusCode);

        await SentToAsync(chat);
        var transcript = await host.TranscriptAsync(chat);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Incoming);
        Assert.Equal("When is trash picked up on Elm Street? 🗑️", transcript.First(m => m.Direction == MessageDirection.Incoming).Text);
    }

    [Fact]
    public async Task Post_ButtonPress_AnsweredInTheWebhookReplyAndStoredAsTheResidentsText()
    {
        var chat = host.NewChat();

        var response = await PostAsync(Updates.For("callback.json", host.NewUpdate(), chat));

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("answerCallbackQuery", (string?)answer!["method"]);
        Assert.Equal("4382bfdwdsb323b2d9", (string?)answer["callback_query_id"]);
        var stored = Assert.Single(await host.TranscriptAsync(chat), m => m.Direction == MessageDirection.Incoming);
        Assert.Equal("Yes, that helped", stored.Text);
    }

    [Fact]
    public async Task Post_GroupMessage_AcknowledgedAndNothingStored()
    {
        var response = await PostAsync(Updates.Raw("group.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await host.TranscriptAsync(-1001234567890));
    }

    [Fact]
    public async Task Post_Sticker_PoliteReplyAskingForText()
    {
        var chat = host.NewChat();

        await PostAsync(Updates.For("sticker.json", host.NewUpdate(), chat));

        var reply = await SentToAsync(chat);
        Assert.Contains("text", (string?)reply["text"]);
    }

    [Fact]
    public async Task Send_FloodControlThenOk_DeliveredAfterRetryAfter()
    {
        var chat = host.NewChat();
        host.Api.FailNext(429, "Too Many Requests: retry after 1", retryAfter: 1);

        await PostAsync(Updates.For("start.json", host.NewUpdate(), chat));

        await SentToAsync(chat);
        var sent = await Eventually.FindAsync(async () => (await host.TranscriptAsync(chat)).FirstOrDefault(m => m.DeliveryStatus == "sent"));
        Assert.Contains("311 assistant", sent.Text);
    }

    [Fact]
    public async Task Send_BlockedByTheUser_FailedWithTelegramsReason()
    {
        var chat = host.NewChat();
        host.Api.FailNext(403, "Forbidden: bot was blocked by the user");

        await PostAsync(Updates.For("start.json", host.NewUpdate(), chat));

        var failed = await Eventually.FindAsync(async () => (await host.TranscriptAsync(chat)).FirstOrDefault(m => m.DeliveryStatus == "failed"));
        Assert.Equal("403: Forbidden: bot was blocked by the user", failed.DeliveryError);
    }
}
