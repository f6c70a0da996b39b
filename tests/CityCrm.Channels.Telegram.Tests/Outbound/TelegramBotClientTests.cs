using System.Net;
using CityCrm.Channels.Telegram.Rest;

namespace CityCrm.Channels.Telegram.Tests.Outbound;

/// <summary>The Bot API's answers as Telegram documents them, read into send outcomes.</summary>
public sealed class TelegramBotClientTests
{
    [Fact]
    public void Interpret_Ok_AcceptedWithTheMessageId()
    {
        var outcome = TelegramBotClient.Interpret(HttpStatusCode.OK, """{"ok":true,"result":{"message_id":512,"chat":{"id":5171234567,"type":"private"},"date":1763910000,"text":"Hi"}}""");

        Assert.Equal((SendOutcomeKind.Accepted, "512"), (outcome.Kind, outcome.ProviderMessageId));
    }

    [Fact]
    public void Interpret_FloodControl_RetryAfterTheGivenSeconds()
    {
        var outcome = TelegramBotClient.Interpret(HttpStatusCode.TooManyRequests,
            """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "")]
    [InlineData(HttpStatusCode.BadGateway, "<html>Bad gateway</html>")]
    public void Interpret_ServerTrouble_Retry(HttpStatusCode status, string body) =>
        Assert.Equal(SendOutcomeKind.Retry, TelegramBotClient.Interpret(status, body).Kind);

    [Fact]
    public void Interpret_BlockedByTheUser_FailedWithTelegramsReason()
    {
        var outcome = TelegramBotClient.Interpret(HttpStatusCode.Forbidden, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("403: Forbidden: bot was blocked by the user", outcome.Error);
    }

    [Fact]
    public void Interpret_OkWithoutAMessage_FailedNotRetried() =>
        Assert.Equal(SendOutcomeKind.Failed, TelegramBotClient.Interpret(HttpStatusCode.OK, """{"ok":true,"result":true}""").Kind);
}
