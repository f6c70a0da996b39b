using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Templates;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Outbound;

/// <summary>Email replies through the real host: the outbox and its dispatcher, the agent API and the templates API.</summary>
public sealed class EmailDeliveryHostTests
{
    [Fact]
    public async Task Dispatcher_SmtpServerDown_RetriesThenDeliversOnceItStarts()
    {
        await using var maildev = new MailDevServer();
        using var host = new EmailHostFactory(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await host.Conversations.OpenAsync(EmailServices.Inbox, resident, Guid.NewGuid().ToString("N"), CancellationToken.None);
        await host.Services.GetRequiredService<IMailThreads>().RecordAsync(new MailThreadEntry(
            "question@resident.example", conversation.Id, EmailServices.Inbox, false, "Street light out", null, DateTimeOffset.UtcNow), CancellationToken.None);

        var sent = await host.Conversations.SendAsync(conversation.Id,
            new OutgoingMessage(AuthorKind.Bot, "bot", "Riverton 311", "Thanks, we will fix the street light."), CancellationToken.None);
        var waiting = await host.WaitForMessageAsync(conversation.Id, sent.Sequence, m => m.DeliveryError is not null);
        await maildev.StartAsync();
        var mail = Assert.Single(await maildev.WaitForAsync(resident));
        var delivered = await host.WaitForMessageAsync(conversation.Id, sent.Sequence, m => m.DeliveryStatus == DeliveryStatuses.Sent);

        Assert.Equal(DeliveryStatuses.Pending, waiting.DeliveryStatus);
        Assert.Contains("cannot be reached", waiting.DeliveryError);
        Assert.Equal(OutboundMessageId.For(conversation.Id, sent.Sequence, EmailServices.MailboxAddress), mail.MessageId);
        Assert.Equal("Re: Street light out", mail.Subject);
        Assert.Equal("question@resident.example", mail.InReplyTo);
        Assert.Equal("auto-replied", mail.Headers["Auto-Submitted"]);
        Assert.Equal(DeliveryStatuses.Sent, delivered.DeliveryStatus);
        Assert.Equal(mail.MessageId, delivered.ProviderMessageId);
    }

    [Fact]
    public async Task AgentReply_FromARenderedTemplate_ArrivesWithoutAutoSubmitted()
    {
        await using var maildev = new MailDevServer();
        await maildev.StartAsync();
        using var host = new EmailHostFactory(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await host.Conversations.OpenAsync(EmailServices.Inbox, resident, Guid.NewGuid().ToString("N"), CancellationToken.None);
        await host.Services.GetRequiredService<IMailThreads>().RecordAsync(new MailThreadEntry(
            "pothole@resident.example", conversation.Id, EmailServices.Inbox, false, "Pothole", null, DateTimeOffset.UtcNow), CancellationToken.None);
        var opened = await host.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("pothole", "Deep pothole", "12 Elm Street", conversation.ContactId, conversation.Id, "email"), CancellationToken.None);
        await host.Conversations.HandOffAsync(conversation.Id, "resident asked for a person", CancellationToken.None);
        var agent = await host.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/take", null)).StatusCode);

        var listed = await agent.GetFromJsonAsync<ReplyTemplateListDto>($"/api/agent/conversations/{conversation.Id}/templates");
        var renderResponse = await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/templates/acknowledgement", null);
        var rendered = await renderResponse.Content.ReadFromJsonAsync<RenderedReplyTemplate>();
        var reply = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversation.Id}/messages", new { text = rendered!.Text + "\nEdited by the agent." });
        var mail = Assert.Single(await maildev.WaitForAsync(resident));

        Assert.Contains(listed!.Templates, t => t.Name == "acknowledgement");
        Assert.Equal(HttpStatusCode.OK, renderResponse.StatusCode);
        Assert.Contains(opened.Reference, rendered.Text);
        Assert.Contains("Alex Agent", rendered.Text);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Null(mail.Headers["Auto-Submitted"]);
        Assert.Equal($"Re: Pothole [#{opened.Reference}]", mail.Subject);
        Assert.Contains("Edited by the agent.", mail.TextBody);
    }

    [Fact]
    public async Task TemplatesApi_SignedOutOrUnknown_RefusedOrNotFound()
    {
        using var host = new EmailHostFactory(FreePort.Next());
        var anonymous = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var agent = await host.SignInAsync();
        var conversation = await host.Conversations.OpenAsync(EmailServices.Inbox, EmailServices.NewResident(), Guid.NewGuid().ToString("N"), CancellationToken.None);

        var signedOut = await anonymous.GetAsync($"/api/agent/conversations/{conversation.Id}/templates");
        var noConversation = await agent.GetAsync("/api/agent/conversations/nope/templates");
        var noTemplate = await agent.PostAsync($"/api/agent/conversations/{conversation.Id}/templates/nope", null);

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noConversation.StatusCode);
        Assert.Equal("application/problem+json", noConversation.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, noTemplate.StatusCode);
    }
}
