using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Sms;
using CityCrm.Channels.Twilio.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class TwilioSmsSenderTests : IAsyncLifetime
{
    private FakeTwilioApi api = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        api = await FakeTwilioApi.StartAsync(new()
        {
            [TestAccount.AccountSid] = TestAccount.AuthToken,
            [TestAccount.OtherAccountSid] = TestAccount.OtherAuthToken,
        });
        services = TwilioServices.Create(api.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    private IChannelSender Sender => Assert.Single(services.GetServices<IChannelSender>(), s => s.ChannelId == "sms");

    private static OutboundDelivery Delivery(string inboxId, string? text, params string[] media) =>
        new(inboxId, "conv-1", TestAccount.Resident, 3, new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Attachments = media.Length == 0 ? null : media.Select(m => new Attachment { ContentType = "image/png", ContentUrl = m }).ToList(),
        });

    [Fact]
    public void Sender_Registered_IsTheSmsChannelWithTwilios1600Limit()
    {
        Assert.IsType<TwilioSmsSender>(Sender);
        Assert.Equal(1600, Sender.MaxTextLength);
    }

    [Fact]
    public async Task SendAsync_InboxOfTheSecondNumber_SendsFromThatNumberWithItsAccount()
    {
        var outcome = await Sender.SendAsync(Delivery("sms-other", "Hello from the other number"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var received = Assert.Single(api.Received);
        Assert.Equal(TestAccount.OtherAccountSid, received.AccountSid);
        Assert.Equal(TestAccount.OtherNumber, received.From);
        Assert.Equal("Hello from the other number", received.Body);
    }

    [Fact]
    public async Task SendAsync_ConfiguredNumberInNationalFormat_SendsFromE164()
    {
        await Sender.SendAsync(Delivery(TestAccount.SmsInbox, "hi"), CancellationToken.None);

        Assert.Equal(TestAccount.Number, Assert.Single(api.Received).From);
    }

    [Fact]
    public async Task SendAsync_Attachments_SendsAbsoluteMediaUrlsWithOurOwnFilesOnThePublicUrl()
    {
        var delivery = Delivery(TestAccount.SmsInbox, "Map of the route", "https://maps.example/route.png", "/v3/directline/attachments/abc.png", "data:image/png;base64,AAAA");

        await Sender.SendAsync(delivery, CancellationToken.None);

        Assert.Equal(["https://maps.example/route.png", TestAccount.PublicBaseUrl + "/v3/directline/attachments/abc.png"], Assert.Single(api.Received).MediaUrls);
    }

    [Fact]
    public async Task SendAsync_UnknownInbox_FailsWithoutCallingTwilio()
    {
        var outcome = await Sender.SendAsync(Delivery("web", "hi"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("web", outcome.Error);
        Assert.Empty(api.Received);
    }

    [Fact]
    public async Task SendAsync_NoTextNoMedia_FailsWithoutCallingTwilio()
    {
        var outcome = await Sender.SendAsync(Delivery(TestAccount.SmsInbox, "  "), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Empty(api.Received);
    }

    [Fact]
    public async Task SendAsync_TwilioThrottles_ReturnsRetryForTheOutbox()
    {
        api.FailNext(429, 20429, "Too Many Requests", TimeSpan.FromSeconds(2));

        var outcome = await Sender.SendAsync(Delivery(TestAccount.SmsInbox, "hi"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal(TimeSpan.FromSeconds(2), outcome.RetryAfter);
    }
}
