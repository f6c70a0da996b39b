using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Outbound;

/// <summary>Bounces captured from common mail servers, and what recognizing one records.</summary>
public sealed class BounceDetectorTests
{
    [Theory]
    [InlineData("dsn-postfix-user-unknown.eml", true, "gone.resident@example.org", "5.1.1", "550 5.1.1")]
    [InlineData("dsn-gmail-failure.eml", false, "closed.account@gmail.example", "5.1.1", "550 5.1.1 The email account")]
    [InlineData("dsn-exim-plain.eml", false, "full.mailbox@example.com", "5.2.2", "552 5.2.2 Mailbox full")]
    public async Task Detect_CapturedBounce_FindsTheFailedRecipient(string file, bool standard, string address, string status, string diagnostic)
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());

        var bounce = services.Get<BounceDetector>().Detect(await LoadAsync(file));

        Assert.NotNull(bounce);
        Assert.Equal(standard, bounce.Standard);
        var failed = Assert.Single(bounce.Failures);
        Assert.Equal(address, failed.Address);
        Assert.Equal(status, failed.Status);
        Assert.Contains(diagnostic, failed.Diagnostic);
    }

    [Fact]
    public async Task InspectAsync_StandardDsn_MarksTheRecipientAsBouncing()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());

        var bounce = await services.Get<BounceDetector>().InspectAsync(await LoadAsync("dsn-postfix-user-unknown.eml"), CancellationToken.None);

        Assert.NotNull(bounce);
        var failure = await services.Get<IMailAddressHealth>().GetFailureAsync("Gone.Resident@example.org", CancellationToken.None);
        Assert.NotNull(failure);
        Assert.StartsWith("5.1.1 550 5.1.1", failure.Reason);
        Assert.Equal(1, failure.Count);
    }

    [Fact]
    public async Task InspectAsync_SecondBounce_CountsItAndKeepsWhenFailingBegan()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var health = services.Get<IMailAddressHealth>();
        var began = DateTimeOffset.UtcNow.AddDays(-2);
        await health.MarkFailingAsync("full.mailbox@example.com", "5.2.2 earlier", began, CancellationToken.None);

        await services.Get<BounceDetector>().InspectAsync(await LoadAsync("dsn-exim-plain.eml"), CancellationToken.None);

        var failure = await health.GetFailureAsync("full.mailbox@example.com", CancellationToken.None);
        Assert.NotNull(failure);
        Assert.Equal(2, failure.Count);
        Assert.Equal(began.ToUnixTimeSeconds(), failure.FailingSince.ToUnixTimeSeconds());
        Assert.Contains("552 5.2.2 Mailbox full", failure.Reason);
    }

    [Fact]
    public async Task InspectAsync_DelayedDsn_IsABounceButMarksNobody()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());

        var bounce = await services.Get<BounceDetector>().InspectAsync(await LoadAsync("dsn-delayed.eml"), CancellationToken.None);

        Assert.NotNull(bounce);
        Assert.Equal("delayed", Assert.Single(bounce.Recipients).Action);
        Assert.Empty(bounce.Failures);
        Assert.Null(await services.Get<IMailAddressHealth>().GetFailureAsync("slow.resident@example.net", CancellationToken.None));
    }

    [Fact]
    public async Task InspectAsync_OrdinaryMailFromABouncingAddress_ClearsTheMark()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var health = services.Get<IMailAddressHealth>();
        await health.MarkFailingAsync("full.mailbox@example.com", "5.2.2 Mailbox full", DateTimeOffset.UtcNow, CancellationToken.None);
        var message = new MimeMessage { Subject = "I emptied my mailbox" };
        message.From.Add(new MailboxAddress("Full", "Full.Mailbox@example.com"));
        message.To.Add(new MailboxAddress("311", EmailServices.MailboxAddress));
        message.Body = new TextPart("plain") { Text = "You can write to me again." };

        var bounce = await services.Get<BounceDetector>().InspectAsync(message, CancellationToken.None);

        Assert.Null(bounce);
        Assert.Null(await health.GetFailureAsync("full.mailbox@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task Detect_ResidentMentioningDeliveryFailure_IsNotABounce()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var message = new MimeMessage { Subject = "Undelivered mail returned to sender?" };
        message.From.Add(new MailboxAddress("Pat", "pat@example.com"));
        message.Body = new TextPart("plain") { Text = "My neighbour's mail delivery failed, who do I call? 550 Elm Street." };

        Assert.Null(services.Get<BounceDetector>().Detect(message));
    }

    private static Task<MimeMessage> LoadAsync(string file) => MimeMessage.LoadAsync(TestPaths.Payload(file));
}
