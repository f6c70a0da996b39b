using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CityCrm.Channels.Telegram.Inbound;
using CityCrm.Channels.Telegram.Tests.Support;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Telegram.Tests.Host;

/// <summary>
/// A Telegram chat joins the contact the city knows by phone, only after the resident types back the code sent to
/// that phone by SMS: agents then see one history.
/// </summary>
public sealed partial class ContactLinkTests(TelegramHostFactory host) : IClassFixture<TelegramHostFactory>
{
    private static int residents;
    private readonly HttpClient client = host.CreateClient();

    private IConversationStore Store => host.Services.GetRequiredService<IConversationStore>();

    private async Task SayAsync(long chat, string text)
    {
        var update = JsonNode.Parse(Updates.For("text.json", host.NewUpdate(), chat))!;
        update["message"]!["text"] = text;
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/telegram") { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramWebhook.SecretHeader, TelegramHostFactory.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    private Task<JsonObject> ReplyAsync(long chat, string containing) =>
        Eventually.FindAsync(() => Task.FromResult(host.Api.Sent.FirstOrDefault(m =>
            m["chat_id"]!.ToString() == chat.ToString(System.Globalization.CultureInfo.InvariantCulture) && ((string?)m["text"])!.Contains(containing))));

    private async Task<(string Phone, Conversation Sms)> KnownResidentAsync()
    {
        var phone = $"+1555555{Interlocked.Increment(ref residents) + 2000:D4}";
        var sms = await host.Services.GetRequiredService<ConversationService>().FindOrOpenAsync("sms", phone, CancellationToken.None);
        return (phone, sms);
    }

    private async Task<string> CodeTextedToAsync(Conversation sms)
    {
        var text = await Eventually.FindAsync(async () => (await host.Services.GetRequiredService<ConversationService>()
            .GetTranscriptAsync(sms.Id, 0, 50, CancellationToken.None)).FirstOrDefault(m => m.Text!.Contains("your code to link"))?.Text);
        return Code().Match(text).Value;
    }

    [Fact]
    public async Task KnownPhoneThenTheTextedCode_ChatJoinsThatContact()
    {
        var (phone, sms) = await KnownResidentAsync();
        var chat = host.NewChat();

        await SayAsync(chat, phone[2..]);
        await ReplyAsync(chat, "type the 6-digit code");
        var code = await CodeTextedToAsync(sms);
        Assert.NotEqual(sms.ContactId, (await Store.GetOrCreateContactAsync("telegram", chat.ToString(), null, CancellationToken.None)).Id);

        await SayAsync(chat, code);

        await ReplyAsync(chat, "this chat is linked");
        Assert.Equal(sms.ContactId, (await Store.GetOrCreateContactAsync("telegram", chat.ToString(), null, CancellationToken.None)).Id);
        var history = await Store.ListByContactAsync(sms.ContactId, 10, CancellationToken.None);
        Assert.Contains(history, c => c.InboxId == "telegram" && c.Address == chat.ToString());
    }

    [Fact]
    public async Task ThreeWrongCodes_NotLinked()
    {
        var (phone, sms) = await KnownResidentAsync();
        var chat = host.NewChat();
        await SayAsync(chat, phone);
        var code = await CodeTextedToAsync(sms);
        var wrong = code == "000000" ? "111111" : "000000";

        await SayAsync(chat, wrong);
        await ReplyAsync(chat, "2 more");
        await SayAsync(chat, wrong);
        await SayAsync(chat, wrong);
        await ReplyAsync(chat, "haven't linked");
        await SayAsync(chat, code);

        await Eventually.FindAsync(async () => (await host.TranscriptAsync(chat)).Count(m => m.Direction == MessageDirection.Incoming) >= 5 ? "" : null);
        Assert.NotEqual(sms.ContactId, (await Store.GetOrCreateContactAsync("telegram", chat.ToString(), null, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task UnknownPhone_NoCodeAndNotLinked()
    {
        var chat = host.NewChat();

        await SayAsync(chat, "+1 555 555 9876");

        await ReplyAsync(chat, "");
        Assert.DoesNotContain(host.Api.Sent, m => m["chat_id"]!.ToString() == chat.ToString() && ((string?)m["text"])!.Contains("6-digit code"));
        Assert.Empty(await Store.FindIdentitiesAsync("+15555559876", CancellationToken.None));
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex Code();
}
