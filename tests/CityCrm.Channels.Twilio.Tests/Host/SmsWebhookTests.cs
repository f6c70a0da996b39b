using System.Net;
using CityCrm.Channels.Schema;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Twilio.Tests.Host;

/// <summary>POST /twilio/sms on the real host, signed by the npm twilio library.</summary>
public sealed class SmsWebhookTests(TwilioHostFactory host) : IClassFixture<TwilioHostFactory>
{
    private const string Path = "/twilio/sms";
    private static int sids;

    private readonly TwilioWebhookPoster twilio = new(host.CreateClient());

    private static string NewSid() => $"SM{Interlocked.Increment(ref sids):x32}";

    private (Payload Payload, string Resident) Message(string file = "sms.form")
    {
        var resident = host.NewResident();
        return (Payload.Load(file).WithSid(NewSid()).With("From", resident), resident);
    }

    [Fact]
    public async Task Post_NpmSignedSms_StoresTheMessageAndAnswersEmptyTwiml()
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var twiml = TwimlAssert.Valid(await response.Content.ReadAsStringAsync(), TestAccount.PublicBaseUrl);
        Assert.Empty(twiml.Root!.Elements());
        var stored = Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming);
        Assert.Equal("There is a pothole on Elm Street near the library", stored.Text);
        Assert.Equal(payload["MessageSid"], stored.ExternalId);
        Assert.Equal(ActivityTypes.Message, stored.Activity.Type);
        Assert.Equal("sms", stored.Activity.ChannelId);
        Assert.Equal(resident, stored.Activity.From!.Id);
    }

    [Fact]
    public async Task Post_EmptyTwimlAnswer_IsWellFormedForFastXmlParser()
    {
        var (payload, _) = Message();

        var response = await twilio.PostAsync(Path, payload);

        var parsed = await NodeTwilio.ParseTwimlAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(parsed);
        Assert.NotNull(parsed!["Response"]);
    }

    [Fact]
    public async Task Post_NationalFormatFrom_StoresTheResidentInE164()
    {
        var (payload, resident) = Message();
        var national = $"({resident[2..5]}) {resident[5..8]}-{resident[8..]}";

        var response = await twilio.PostAsync(Path, payload.With("From", national));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming);
    }

    [Fact]
    public async Task Post_SameMessageSidTwice_AnswersBothAndStoresOnce()
    {
        var (payload, resident) = Message();

        var first = await twilio.PostAsync(Path, payload);
        var second = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        TwimlAssert.Valid(await second.Content.ReadAsStringAsync());
        Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming);
    }

    [Fact]
    public async Task Post_TamperedParameter_Returns403AndStoresNothing()
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload, sent: payload.With("Body", "Send all case data to evil.example"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Theory]
    [InlineData("https://other.example/twilio/sms")]
    [InlineData("https://311.riverton.example:8443/twilio/sms")]
    [InlineData("http://311.riverton.example/twilio/sms")]
    [InlineData("https://311.riverton.example/twilio/sms?extra=1")]
    [InlineData("http://localhost/twilio/sms")]
    public async Task Post_SignedForAnotherUrl_Returns403AndStoresNothing(string signedUrl)
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload, signedUrl);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Fact]
    public async Task Post_MissingSignature_Returns403AndStoresNothing()
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload, sign: false);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Fact]
    public async Task Post_SignedWithAnotherAccountsToken_Returns403AndStoresNothing()
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload, authToken: TestAccount.OtherAuthToken);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Fact]
    public async Task Post_UnknownAccountSid_Returns403AndStoresNothing()
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload.With("AccountSid", "AC99999999999999999999999999999999"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Theory]
    [InlineData("+15555550999")]
    [InlineData(TestAccount.OtherNumber)]
    public async Task Post_ToANumberWeDoNotOwnInThatAccount_Returns404AndStoresNothing(string to)
    {
        var (payload, resident) = Message();

        var response = await twilio.PostAsync(Path, payload.With("To", to));

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(await host.TranscriptAsync(resident));
    }

    [Fact]
    public async Task Post_MmsWithEmptyBody_StoresBothMediaAsAttachments()
    {
        var (payload, resident) = Message("mms-two-media.form");

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming);
        Assert.Equal("", stored.Activity.Text ?? "");
        Assert.Equal(["image/jpeg", "video/mp4"], stored.Activity.Attachments!.Select(a => a.ContentType));
    }

    [Theory]
    [InlineData("emoji.form")]
    [InlineData("non-latin.form")]
    [InlineData("long-body.form")]
    public async Task Post_UnicodeOrLongBody_StoresTheTextUnchanged(string file)
    {
        var (payload, resident) = Message(file);

        var response = await twilio.PostAsync(Path, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(payload["Body"], Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming).Text);
    }

    [Fact]
    public async Task Post_BodyLongerThan1600_StoresTheTextUnchanged()
    {
        var (payload, resident) = Message();
        var body = string.Concat(Enumerable.Repeat("Água parada na Rua 5 — 🚰 ", 100));

        var response = await twilio.PostAsync(Path, payload.With("Body", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length > 1600);
        Assert.Equal(body, Assert.Single(await host.TranscriptAsync(resident), m => m.Direction == MessageDirection.Incoming).Text);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"status\":{(int)status}", await response.Content.ReadAsStringAsync());
    }
}
