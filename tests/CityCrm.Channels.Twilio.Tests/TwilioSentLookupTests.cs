using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests;

/// <summary>The SMS sender asking Twilio's message list whether a send whose answer was lost was accepted.</summary>
public sealed class TwilioSentLookupTests : IAsyncLifetime
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

    private IChannelSender Sender => Assert.Single(services.GetServices<IChannelSender>(), s => s.ChannelId == "sms");

    private ISentMessageLookup Lookup => Assert.IsAssignableFrom<ISentMessageLookup>(Sender);

    private static OutboundDelivery Delivery(string text, string to = TestAccount.Resident) =>
        new(TestAccount.SmsInbox, "conv-1", to, 3, new Activity { Type = ActivityTypes.Message, Text = text });

    [Fact]
    public async Task FindSentAsync_AnswerLostAfterTwilioCreatedIt_FindsThatMessage()
    {
        var since = DateTimeOffset.UtcNow;
        var sent = await Sender.SendAsync(Delivery("Bulk pickup is on Mondays."), CancellationToken.None);

        var found = await Lookup.FindSentAsync(Delivery("Bulk pickup is on Mondays."), since, CancellationToken.None);

        Assert.True(found.Answered);
        var match = Assert.Single(found.Matches);
        Assert.Equal(sent.ProviderMessageId, match.ProviderMessageId);
        Assert.Contains(api.Listed, q => q.Contains("To=%2B15555550123", StringComparison.Ordinal) && q.Contains("From=%2B15555550100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindSentAsync_OtherTextOrOtherResident_FindsNothing()
    {
        var since = DateTimeOffset.UtcNow;
        await Sender.SendAsync(Delivery("Bulk pickup is on Mondays."), CancellationToken.None);
        await Sender.SendAsync(Delivery("Your request R-100001 is open.", to: "+15555550177"), CancellationToken.None);

        var found = await Lookup.FindSentAsync(Delivery("Your request R-100001 is open."), since, CancellationToken.None);

        Assert.True(found.Answered);
        Assert.Empty(found.Matches);
    }

    [Fact]
    public async Task FindSentAsync_MatchOnALaterPage_FollowsNextPageUri()
    {
        var since = DateTimeOffset.UtcNow;
        await Sender.SendAsync(Delivery("The first text."), CancellationToken.None);
        for (var i = 0; i < 60; i++)
            await Sender.SendAsync(Delivery($"Later text {i}."), CancellationToken.None);

        var found = await Lookup.FindSentAsync(Delivery("The first text."), since, CancellationToken.None);

        Assert.Single(found.Matches);
        Assert.Contains(api.Listed, q => q.Contains("Page=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindSentAsync_TwilioUnreachable_SaysItCouldNotBeAsked()
    {
        await api.DisposeAsync();

        var found = await Lookup.FindSentAsync(Delivery("Anything."), DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.False(found.Answered);
        Assert.NotNull(found.Error);
    }
}
