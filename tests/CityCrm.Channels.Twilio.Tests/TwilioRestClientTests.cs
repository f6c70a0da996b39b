using System.Text;
using CityCrm.Channels.Twilio.Rest;
using CityCrm.Channels.Twilio.Security;
using CityCrm.Channels.Twilio.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioRestClientTests : IAsyncLifetime
{
    private FakeTwilioApi api = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        api = await FakeTwilioApi.StartAsync(new() { [TestAccount.AccountSid] = TestAccount.AuthToken });
        services = TwilioServices.Create(api.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    private TwilioNumber Number => services.GetRequiredService<TwilioNumberDirectory>().FindBySmsInbox(TestAccount.SmsInbox)!;

    private Task<SendOutcome> SendAsync(string to = TestAccount.Resident, string? body = "Your case R-100001 is open.", params string[] media) =>
        services.GetRequiredService<TwilioRestClient>().SendMessageAsync(Number, TestAccount.Number, to, body, media, CancellationToken.None);

    [Fact]
    public async Task SendMessageAsync_Accepted_PostsTwilioFormWithBasicAuthAndReturnsSid()
    {
        var outcome = await SendAsync();

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        Assert.Matches("^SM[0-9a-f]{32}$", outcome.ProviderMessageId);
        Assert.Equal("queued", outcome.ProviderStatus);
        var received = Assert.Single(api.Received);
        Assert.Equal(TestAccount.AccountSid, received.AccountSid);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestAccount.AccountSid}:{TestAccount.AuthToken}")), received.Authorization);
        Assert.StartsWith("application/x-www-form-urlencoded", received.ContentType);
        Assert.Equal(TestAccount.Resident, received.To);
        Assert.Equal(TestAccount.Number, received.From);
        Assert.Equal("Your case R-100001 is open.", received.Body);
        Assert.Equal(TestAccount.PublicBaseUrl + "/twilio/sms/status", received.StatusCallback);
        Assert.Empty(received.MediaUrls);
    }

    [Fact]
    public async Task SendMessageAsync_MediaWithoutBody_SendsEachMediaUrlAndNoBody()
    {
        var outcome = await SendAsync(body: null, media: ["https://311.riverton.example/a.jpg", "https://311.riverton.example/b.png"]);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var received = Assert.Single(api.Received);
        Assert.Null(received.Body);
        Assert.Equal(["https://311.riverton.example/a.jpg", "https://311.riverton.example/b.png"], received.MediaUrls);
    }

    [Fact]
    public async Task SendMessageAsync_UnicodeBody_ArrivesUnchanged()
    {
        const string body = "Recogida de basura: martes 🗑️ — 垃圾 — мусор & more=yes";

        await SendAsync(body: body);

        Assert.Equal(body, Assert.Single(api.Received).Body);
    }

    [Fact]
    public async Task SendMessageAsync_429WithRetryAfter_ReturnsRetryWithTheWait()
    {
        api.FailNext(429, 20429, "Too Many Requests", TimeSpan.FromSeconds(7));

        var outcome = await SendAsync();

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
        Assert.Equal("20429: Too Many Requests", outcome.Error);
    }

    [Fact]
    public async Task SendMessageAsync_500_ReturnsRetry()
    {
        api.FailNext(500, 20500, "Internal Server Error");

        var outcome = await SendAsync();

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Null(outcome.RetryAfter);
    }

    [Fact]
    public async Task SendMessageAsync_502WithHtmlPage_ReturnsRetryWithTheStatus()
    {
        api.AnswerNextWithPage(502);

        var outcome = await SendAsync();

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.StartsWith("502", outcome.Error);
    }

    [Fact]
    public async Task SendMessageAsync_InvalidTo_ReturnsFailedWithTwilioCodeAndMessage()
    {
        var outcome = await SendAsync(to: "555");

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("21211: Invalid 'To' Phone Number: 555", outcome.Error);
    }

    [Theory]
    [InlineData(400, 21610, "Attempt to send to unsubscribed recipient")]
    [InlineData(403, 20003, "Permission Denied")]
    [InlineData(404, 20404, "The requested resource was not found")]
    public async Task SendMessageAsync_ClientError_ReturnsFailed(int status, int code, string message)
    {
        api.FailNext(status, code, message);

        var outcome = await SendAsync();

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal($"{code}: {message}", outcome.Error);
    }

    [Fact]
    public async Task SendMessageAsync_WrongAuthToken_ReturnsFailed20003()
    {
        await using var wrong = TwilioServices.Create(api.BaseUrl, s => s["Twilio:Numbers:0:AuthToken"] = "not-the-token");
        var number = wrong.GetRequiredService<TwilioNumberDirectory>().FindBySmsInbox(TestAccount.SmsInbox)!;

        var outcome = await wrong.GetRequiredService<TwilioRestClient>().SendMessageAsync(number, TestAccount.Number, TestAccount.Resident, "hi", [], CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("20003: Authenticate", outcome.Error);
    }

    [Fact]
    public async Task SendMessageAsync_ServerDown_ReturnsRetry()
    {
        var baseUrl = api.BaseUrl;
        await api.DisposeAsync();
        await using var down = TwilioServices.Create(baseUrl);
        var number = down.GetRequiredService<TwilioNumberDirectory>().FindBySmsInbox(TestAccount.SmsInbox)!;

        var outcome = await down.GetRequiredService<TwilioRestClient>().SendMessageAsync(number, TestAccount.Number, TestAccount.Resident, "hi", [], CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.StartsWith("Twilio unreachable", outcome.Error);
        api = await FakeTwilioApi.StartAsync([]);
    }

    [Fact]
    public async Task SendMessageAsync_TwilioHangsPastTheTimeout_ReturnsRetry()
    {
        await using var impatient = TwilioServices.Create(api.BaseUrl, s => s["Twilio:ApiTimeoutSeconds"] = "1");
        var number = impatient.GetRequiredService<TwilioNumberDirectory>().FindBySmsInbox(TestAccount.SmsInbox)!;
        api.HoldNext(TimeSpan.FromSeconds(30));

        var outcome = await impatient.GetRequiredService<TwilioRestClient>().SendMessageAsync(number, TestAccount.Number, TestAccount.Resident, "hi", [], CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal("Twilio did not answer in time.", outcome.Error);
    }
}
