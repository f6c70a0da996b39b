using System.Net;
using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.Host;

/// <summary>STOP, START and HELP texted to the real host: consent recorded, events in the transcript, fixed replies.</summary>
public sealed class ComplianceKeywordTests(TwilioHostFactory host) : IClassFixture<TwilioHostFactory>
{
    private const string Path = "/twilio/sms";
    private static int sids;

    private readonly TwilioWebhookPoster twilio = new(host.CreateClient());

    private static Payload Text(string resident, string body) =>
        Payload.Load("sms.form").WithSid($"SM{Interlocked.Increment(ref sids) + 0x5000:x32}").With("From", resident).With("Body", body);

    private async Task SendAsync(Payload payload)
    {
        var response = await twilio.PostAsync(Path, payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        TwimlAssert.Valid(await response.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
    }

    [Fact]
    public async Task Post_Stop_RecordsOptOutStoresAnEventAndRepliesNothing()
    {
        var resident = host.NewResident();

        await SendAsync(Text(resident, " stop! "));

        Assert.True(await host.OptOuts.IsOptedOutAsync("sms", resident, CancellationToken.None));
        var transcript = await host.TranscriptAsync(resident);
        var stored = Assert.Single(transcript);
        Assert.Equal(ActivityTypes.Event, stored.Activity.Type);
        Assert.Equal("sms.optout", stored.Activity.Name);
        Assert.Equal(" stop! ", stored.Activity.Text);
        Assert.DoesNotContain(transcript, m => m.Direction == MessageDirection.Outgoing);
    }

    [Fact]
    public async Task Post_Stop_RecordsTheKeywordChannelInboxAndTime()
    {
        var resident = host.NewResident();
        var before = DateTimeOffset.UtcNow;

        await SendAsync(Text(resident, "UNSUBSCRIBE"));

        var change = Assert.Single(host.OptOuts.History, c => c.Address == resident);
        Assert.Equal(("sms", "sms", true, "UNSUBSCRIBE"), (change.ChannelId, change.InboxId, change.OptedOut, change.Keyword));
        Assert.InRange(change.At, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Post_StartAfterStop_OptsBackInAndRepliesOptInText()
    {
        var resident = host.NewResident();

        await SendAsync(Text(resident, "STOP"));
        await SendAsync(Text(resident, "Start"));

        Assert.False(await host.OptOuts.IsOptedOutAsync("sms", resident, CancellationToken.None));
        var transcript = await host.TranscriptAsync(resident);
        Assert.Equal(["sms.optout", "sms.optin"], transcript.Where(m => m.Direction == MessageDirection.Incoming).Select(m => m.Activity.Name));
        var reply = Assert.Single(transcript, m => m.Direction == MessageDirection.Outgoing);
        Assert.Equal(TestAccount.Settings()["Twilio:OptInText"], reply.Text);
        Assert.Equal(AuthorKind.Bot, reply.AuthorKind);
    }

    [Fact]
    public async Task Post_Help_StoresAnEventAndRepliesHelpTextWithoutChangingConsent()
    {
        var resident = host.NewResident();

        await SendAsync(Text(resident, "help"));

        Assert.False(await host.OptOuts.IsOptedOutAsync("sms", resident, CancellationToken.None));
        var transcript = await host.TranscriptAsync(resident);
        Assert.Equal("sms.help", Assert.Single(transcript, m => m.Direction == MessageDirection.Incoming).Activity.Name);
        var reply = Assert.Single(transcript, m => m.Direction == MessageDirection.Outgoing);
        Assert.Equal(TestAccount.Settings()["Twilio:HelpText"], reply.Text);
    }

    [Fact]
    public async Task Post_StopRetriedWithTheSameSid_OneConsentChangeInTheHistory()
    {
        var resident = host.NewResident();
        var stop = Text(resident, "STOP");

        await SendAsync(stop);
        await SendAsync(stop);

        var stored = host.Services.GetRequiredService<SqliteOptOutRegistry>();
        var change = Assert.Single(await stored.GetHistoryAsync("sms", resident, CancellationToken.None));
        Assert.True(change.OptedOut);
        Assert.True(await host.OptOuts.IsOptedOutAsync("sms", resident, CancellationToken.None));
    }

    [Fact]
    public async Task Post_HelpRetriedWithTheSameSid_RepliesOnce()
    {
        var resident = host.NewResident();
        var help = Text(resident, "INFO");

        await SendAsync(help);
        await SendAsync(help);

        var transcript = await host.TranscriptAsync(resident);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Incoming);
        Assert.Single(transcript, m => m.Direction == MessageDirection.Outgoing);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("stop the noise on Elm Street")]
    public async Task Post_KeywordInsideASentenceOrYes_IsAnOrdinaryMessage(string body)
    {
        var resident = host.NewResident();

        await SendAsync(Text(resident, body));

        Assert.False(await host.OptOuts.IsOptedOutAsync("sms", resident, CancellationToken.None));
        var stored = Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming);
        Assert.Equal(ActivityTypes.Message, stored.Activity.Type);
        Assert.Null(stored.Activity.Name);
    }
}
