using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;

namespace CityCrm.Channels.Email.Tests.Outbound;

/// <summary>How the sender reports a server that is down, refuses for good, asks to try later, or an address that bounces.</summary>
public sealed class SmtpFailureTests
{
    [Fact]
    public async Task SendAsync_ServerDown_Retry()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Hello"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Contains("cannot be reached", outcome.Error);
        Assert.Empty(await services.Get<IMailThreads>().ListAsync(conversation.Id, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_RecipientRefusedWith550_FailedWithTheServersText()
    {
        var resident = EmailServices.NewResident();
        await using var server = new RefusingSmtpServer(resident, "550 5.1.1 <" + resident + ">: Recipient address rejected: User unknown");
        await using var services = await EmailServices.CreateAsync(server.Port);
        var conversation = await services.OpenConversationAsync(resident);

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Hello"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("550", outcome.Error);
        Assert.Contains("User unknown", outcome.Error);
        Assert.Equal(0, server.Accepted);
    }

    [Fact]
    public async Task SendAsync_RecipientDeferredWith451_Retry()
    {
        var resident = EmailServices.NewResident();
        await using var server = new RefusingSmtpServer(resident, "451 4.7.1 Greylisted, try again later");
        await using var services = await EmailServices.CreateAsync(server.Port);
        var conversation = await services.OpenConversationAsync(resident);

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Hello"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Contains("451", outcome.Error);
    }

    [Fact]
    public async Task SendAsync_OtherRecipientOnRefusingServer_Accepted()
    {
        await using var server = new RefusingSmtpServer("someone-else@example.test", "550 5.1.1 User unknown");
        await using var services = await EmailServices.CreateAsync(server.Port);
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Hello"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        Assert.Equal(1, server.Accepted);
    }

    [Fact]
    public async Task SendAsync_AddressMarkedAsBouncing_FailedWithoutContactingTheServer()
    {
        var resident = EmailServices.NewResident();
        await using var server = new RefusingSmtpServer("nobody@example.test", "550 5.1.1 User unknown");
        await using var services = await EmailServices.CreateAsync(server.Port);
        var conversation = await services.OpenConversationAsync(resident);
        await services.Get<IMailAddressHealth>().MarkFailingAsync(resident.ToUpperInvariant(), "5.2.2 mailbox full", DateTimeOffset.UtcNow, CancellationToken.None);

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Hello"), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("The address is bouncing: 5.2.2 mailbox full", outcome.Error);
        Assert.Equal(0, server.Connections);
    }

    [Fact]
    public async Task SendAsync_InboxWithoutMailbox_Failed()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var conversation = await services.OpenConversationAsync(EmailServices.NewResident());
        var delivery = EmailServices.Delivery(conversation, 2, "Hello") with { InboxId = "permits" };

        var outcome = await services.Get<IChannelSender>().SendAsync(delivery, CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Contains("No mailbox is configured for inbox permits", outcome.Error);
    }
}
