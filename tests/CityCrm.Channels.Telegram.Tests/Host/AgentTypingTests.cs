using System.Globalization;
using System.Net;
using System.Text;
using CityCrm.Channels.Telegram.Inbound;
using CityCrm.Channels.Telegram.Tests.Support;

namespace CityCrm.Channels.Telegram.Tests.Host;

/// <summary>An agent typing in a Telegram conversation, through the agent hub, shows as Telegram's "typing" chat action.</summary>
public sealed class AgentTypingTests(TelegramHostFactory host) : IClassFixture<TelegramHostFactory>
{
    [Fact]
    public async Task Typing_AssignedAgentInATelegramChat_SendsTheTypingChatActionToThatChat()
    {
        var chat = host.NewChat();
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/telegram")
        {
            Content = new StringContent(Updates.For("text.json", host.NewUpdate(), chat), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramWebhook.SecretHeader, TelegramHostFactory.Secret);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().SendAsync(request)).StatusCode);
        var conversationId = (await Eventually.FindAsync(async () => (await host.TranscriptAsync(chat)).FirstOrDefault())).ConversationId;
        await using var console = await StaffConsole.SignInAsync(host);
        await console.HandOffAndTakeAsync(conversationId);

        await console.TypingAsync(conversationId);

        var chatId = chat.ToString(CultureInfo.InvariantCulture);
        var action = await Eventually.FindAsync(() => host.Api.Actions.FirstOrDefault(a => a["chat_id"]!.ToString() == chatId));
        Assert.Equal("typing", (string?)action["action"]);
    }
}
