using System.Net;
using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.Channels.Twilio.Tests.Host;

/// <summary>POST /twilio/sms/status on the real host: verified like every webhook, then reported as delivery status.</summary>
public sealed class StatusCallbackTests(TwilioHostFactory host) : IClassFixture<TwilioHostFactory>
{
    private const string Path = "/twilio/sms/status";

    private readonly TwilioWebhookPoster twilio = new(host.CreateClient());

    [Fact]
    public async Task Post_Delivered_ReportsItAndAnswers204()
    {
        var payload = Payload.Load("status-delivered.form");
        host.DeliveryReports.KnownSids[payload["MessageSid"]] = true;

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var report = Assert.Single(host.DeliveryReports.Reports, r => r.ProviderMessageId == payload["MessageSid"]);
        Assert.Equal(("sms", "delivered", (string?)null), (report.ChannelId, report.Status, report.ErrorCode));
    }

    [Fact]
    public async Task Post_UndeliveredWith30003_ReportsTheErrorCode()
    {
        var payload = Payload.Load("status-undelivered.form");
        host.DeliveryReports.KnownSids[payload["MessageSid"]] = true;

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var report = Assert.Single(host.DeliveryReports.Reports, r => r.ProviderMessageId == payload["MessageSid"]);
        Assert.Equal(("undelivered", "30003"), (report.Status, report.ErrorCode));
    }

    [Fact]
    public async Task Post_UnknownMessageSid_StillAnswers204()
    {
        var payload = Payload.Load("status-delivered.form").With("MessageSid", "SM00000000000000000000000000000bad").With("SmsSid", "SM00000000000000000000000000000bad");

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(host.DeliveryReports.Reports, r => r.ProviderMessageId == "SM00000000000000000000000000000bad");
    }

    [Fact]
    public async Task Post_Unsigned_Returns403AndReportsNothing()
    {
        var payload = Payload.Load("status-delivered.form").With("MessageSid", "SM0000000000000000000000000000u0f1").With("SmsSid", "SM0000000000000000000000000000u0f1");

        var response = await twilio.PostAsync(Path, payload, sign: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(host.DeliveryReports.Reports, r => r.ProviderMessageId == "SM0000000000000000000000000000u0f1");
    }

    [Fact]
    public async Task Post_SignedForTheIncomingMessageUrl_Returns403()
    {
        var payload = Payload.Load("status-delivered.form");

        var response = await twilio.PostAsync(Path, payload, signedUrl: TestAccount.PublicBaseUrl + "/twilio/sms");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromANumberWeDoNotOwn_Returns404()
    {
        var payload = Payload.Load("status-delivered.form").With("From", "+15555550999");

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutStatus_Returns400()
    {
        var fields = Payload.Load("status-delivered.form").Fields.Where(f => f.Key is not ("MessageStatus" or "SmsStatus")).ToList();

        var response = await twilio.PostAsync(Path, new Payload(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
