using System.Net;
using CityCrm.Channels.Meta.Inbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Meta.Tests.Host;

/// <summary>The real host's Meta webhook: verification, signatures, batches, duplicates and what is not ours.</summary>
[Collection(MetaHostCollection.Name)]
public sealed class MetaWebhookTests(MetaHostFactory host)
{
    private readonly MetaWebhookPoster meta = new(host.CreateClient());

    [Fact]
    public async Task Verify_SubscribeWithTheToken_EchoesTheChallengeAsPlainText()
    {
        var response = await host.CreateClient().GetAsync($"/meta/webhook?hub.mode=subscribe&hub.verify_token={TestMeta.VerifyToken}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("subscribe", "wrong-token")]
    [InlineData("unsubscribe", TestMeta.VerifyToken)]
    [InlineData("subscribe", "")]
    public async Task Verify_WrongModeOrToken_Is403(string mode, string token)
    {
        var response = await host.CreateClient().GetAsync($"/meta/webhook?hub.mode={mode}&hub.verify_token={token}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("another-app-secret")]
    public async Task Post_MissingOrWrongSignature_Is403ProblemAndNothingStored(string? secret)
    {
        var waId = host.NewWaId();

        var response = await meta.PostAsync(Captured.WhatsAppText(host, waId, "Hello"), secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId));
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is403AndNothingStored()
    {
        var waId = host.NewWaId();
        var signed = Captured.WhatsAppText(host, waId, "Hello");
        var tampered = signed.With("Hello", "Hellp");

        var response = await meta.PostAsync(tampered.Bytes, MetaWebhookPoster.Sign(signed.Bytes, TestMeta.AppSecret));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId));
    }

    [Fact]
    public async Task Post_UnknownPhoneNumberId_Is200AndNothingStored()
    {
        var waId = host.NewWaId();

        var response = await meta.PostAsync(Captured.WhatsAppText(host, waId, "Hello").With(TestMeta.PhoneNumberId, "999999999999999"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId));
    }

    [Fact]
    public async Task Post_UnknownPage_Is200AndNothingStored()
    {
        var psid = host.NewId("");

        var response = await meta.PostAsync(Captured.MessengerText(host, psid, "Hello").With(TestMeta.PageId, "111111111111111"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await host.TranscriptAsync(TestMeta.MessengerInbox, psid));
    }

    [Fact]
    public async Task Post_BatchOfTwoEntries_StoresEveryMessageForEachResident()
    {
        var (first, second) = (host.NewWaId(), host.NewWaId());
        var batch = Payload.Load("wa-batch.json").With("15555550123", first).With("15555550124", second)
            .With("wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQxMUFBQkJDQ0RERUVGRjAwMTEyMgA=", host.NewId("wamid."))
            .With("wamid.HBgLMTU1NTU1NTAxMjQVAgASGBQyMkJCQ0NEREVFRkYwMDExMjIzMwA=", host.NewId("wamid."))
            .With("wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQzM0NDRERFRUZGMDAxMTIyMzM0NAA=", host.NewId("wamid."));

        var response = await meta.PostAsync(batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var maria = (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + first)).Where(m => m.AuthorKind == AuthorKind.Contact).ToList();
        var sam = (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + second)).Where(m => m.AuthorKind == AuthorKind.Contact).ToList();
        Assert.Equal(["Is the library open on Sunday?", "Also, when is leaf collection?"], maria.Select(m => m.Text));
        Assert.Equal("Maria Lopez", maria[0].AuthorName);
        Assert.Equal(["How do I pay a parking ticket?"], sam.Select(m => m.Text));
    }

    [Fact]
    public async Task Post_SameMessageTwice_StoredOnce()
    {
        var waId = host.NewWaId();
        var payload = Captured.WhatsAppText(host, waId, "Is city hall open today?");

        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(payload)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await meta.PostAsync(payload)).StatusCode);

        var incoming = (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId)).Where(m => m.AuthorKind == AuthorKind.Contact);
        Assert.Single(incoming);
    }

    [Fact]
    public async Task Post_Reaction_Is200AndNotStored()
    {
        var waId = host.NewWaId();

        var response = await meta.PostAsync(Payload.Load("wa-reaction.json").With(TestMeta.ResidentWaId, waId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId));
    }

    [Fact]
    public async Task Post_UnsupportedType_StoredAsAnEventAndAPoliteTextReachesTheResident()
    {
        var waId = host.NewWaId();

        await meta.PostAsync(Payload.Load("wa-unsupported.json").With(TestMeta.ResidentWaId, waId));

        var reply = await Eventually.FindAsync(() => host.Graph.Received.FirstOrDefault(r => r.To == waId && r.Status == 200));
        Assert.Equal("text", reply.Type);
        Assert.StartsWith("Sorry, we cannot read this kind of message", reply.Text);
        var stored = (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId)).First();
        Assert.Equal(ActivityTypes.Event, stored.Activity.Type);
        Assert.Equal(MetaEventNames.Unsupported, stored.Activity.Name);
    }

    [Fact]
    public async Task Post_NotJsonButSigned_Is400()
    {
        var body = "not json"u8.ToArray();

        var response = await meta.PostAsync(body, MetaWebhookPoster.Sign(body, TestMeta.AppSecret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
