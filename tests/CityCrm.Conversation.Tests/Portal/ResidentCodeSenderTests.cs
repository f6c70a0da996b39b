using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Portal;

namespace CityCrm.Conversations.Tests.Portal;

/// <summary>Sign-in codes go out through the channel's sender, to the right inbox, in the resident's language, never past an opt-out.</summary>
public sealed class ResidentCodeSenderTests : IAsyncLifetime
{
    private SignInHarness h = null!;

    public async Task InitializeAsync() => h = await SignInHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Send_EmailKnownOnlyOnTheProfile_GoesFromTheEmailInboxWithTheCode()
    {
        var profile = (await h.Profiles.GetAsync(await h.ContactAsync("web", "user-ana"), CancellationToken.None))!;
        Assert.True(await h.Profiles.SaveAsync(profile with { Emails = ["ana@example.org"] }, profile.Version, [], CancellationToken.None));
        var (_, delivery) = await h.RequestAsync("Ana@Example.org");

        Assert.True(await h.Sender.SendAsync(delivery!, CancellationToken.None));

        var sent = Assert.Single(h.Email.Sent);
        Assert.Equal(("email", "ana@example.org"), (sent.InboxId, sent.Address));
        Assert.Contains(delivery!.Code, sent.Activity.Text);
        Assert.StartsWith("signin-", sent.ConversationId);
        Assert.Empty(h.Sms.Sent);
    }

    [Fact]
    public async Task Send_CallerKnownOnlyFromThePhoneLine_GoesByTextFromItsTextInbox()
    {
        await h.ContactAsync("phone", "+13125550150");
        var (_, delivery) = await h.RequestAsync("+13125550150");

        await h.Sender.SendAsync(delivery!, CancellationToken.None);

        Assert.Equal(("sms", "+13125550150"), (Assert.Single(h.Sms.Sent).InboxId, h.Sms.Sent.Single().Address));
    }

    [Fact]
    public async Task Send_SpanishRequest_IsWrittenInSpanish()
    {
        await h.ContactAsync("sms", "+13125550151");
        await h.SignIn.RequestCodeAsync("+13125550151", "203.0.113.1", "es", CancellationToken.None);
        Assert.True(h.Queue.Reader.TryRead(out var delivery));

        await h.Sender.SendAsync(delivery, CancellationToken.None);

        Assert.Equal($"Riverton: su código para entrar en Mi 311 es {delivery.Code}. Sirve una vez, durante 10 minutos. Si no lo pidió, ignore este mensaje.",
            Assert.Single(h.Sms.Sent).Activity.Text);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("sms")]
    public async Task Send_ResidentOptedOut_SendsNothing(string channel)
    {
        var contactId = await h.ContactAsync("sms", "+13125550152");
        await h.Consents.RecordAsync(new ConsentRecord(contactId, channel, ConsentRecord.Any, false, SignInHarness.T0, "agent", "No messages."), CancellationToken.None);
        var (_, delivery) = await h.RequestAsync("+13125550152");

        Assert.False(await h.Sender.SendAsync(delivery!, CancellationToken.None));

        Assert.Empty(h.Sms.Sent);
    }
}
