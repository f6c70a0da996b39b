using System.Net;
using System.Text.Json;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.City311.Api;
using CityCrm.Conversations.Attachments;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests;

/// <summary>Agents download residents' files; never shown inline, never to anyone signed out.</summary>
public sealed class AttachmentsApiTests(InboundHostFactory host) : IClassFixture<InboundHostFactory>
{
    [Fact]
    public async Task ReceiveUnreadableAsync_RawEmail_StoredAsOriginalEmlAgentsDownloadIt()
    {
        var raw = Payload.Bytes("malformed.eml");
        var intake = host.Services.GetRequiredService<MailIntake>();

        var mailbox = new MailboxOptions { InboxId = "email", Address = "311@riverton.example" };

        var result = await intake.ReceiveUnreadableAsync(mailbox, raw, 7, 42, "FormatException: bad", CancellationToken.None);

        Assert.StartsWith("This email could not be read (FormatException: bad)", result.Message.Text);
        Assert.Equal("uid:7:42", result.Message.ExternalId);
        Assert.Equal("broken@mail.example", result.Conversation.Address);
        var file = Assert.Single(result.Message.Activity.Attachments!);
        Assert.Equal("original.eml", file.Name);
        using var agent = await host.AgentClientAsync();
        var response = await agent.GetAsync(file.ContentUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(raw, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("original.eml", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task ConversationApi_MessageWithFiles_ListsThemWithLinksAndRefusals()
    {
        var raw = Payload.Bytes("plain.eml");
        var intake = host.Services.GetRequiredService<MailIntake>();
        var mailbox = new MailboxOptions { InboxId = "email", Address = "311@riverton.example" };
        var result = await intake.ReceiveUnreadableAsync(mailbox, raw, 8, 1, "test", CancellationToken.None);
        using var agent = await host.AgentClientAsync();

        using var detail = JsonDocument.Parse(await agent.GetStringAsync($"/api/agent/conversations/{result.Conversation.Id}"));

        var message = detail.RootElement.GetProperty("transcript").EnumerateArray().Single(m => m.GetProperty("sequence").GetInt64() == result.Message.Sequence);
        var file = message.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal("original.eml", file.GetProperty("name").GetString());
        Assert.Equal(raw.Length, file.GetProperty("size").GetInt64());
        Assert.StartsWith("/api/agent/attachments/", file.GetProperty("url").GetString());
        Assert.False(file.GetProperty("refused").GetBoolean());
    }

    [Fact]
    public async Task Download_HtmlFile_ServedAsBytesForDownload()
    {
        var stored = await host.Services.GetRequiredService<IAttachmentStore>().SaveAsync(
            new NewAttachment("conv-html", "page.html", "text/html", "<script>alert(1)</script>"u8.ToArray()), CancellationToken.None);
        using var agent = await host.AgentClientAsync();

        var response = await agent.GetAsync(stored.DownloadPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Download_SignedOut_Refused()
    {
        var stored = await host.Services.GetRequiredService<IAttachmentStore>().SaveAsync(
            new NewAttachment("conv-anon", "photo.jpg", "image/jpeg", [1, 2, 3]), CancellationToken.None);
        using var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(stored.DownloadPath);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Download_UnknownId_NotFoundProblem()
    {
        using var agent = await host.AgentClientAsync();

        var response = await agent.GetAsync("/api/agent/attachments/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("text/html", "application/octet-stream")]
    [InlineData("image/svg+xml", "application/octet-stream")]
    [InlineData("image/png", "image/png")]
    [InlineData("nonsense", "application/octet-stream")]
    public void SafeType_Declared_ActiveTypesServedAsBytes(string declared, string served)
    {
        Assert.Equal(served, AttachmentsApi.SafeType(declared));
    }
}
