using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CityCrm.City311.Tests.DirectLine;

public sealed class UploadTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private readonly DirectLineClient client = new(factory.CreateClient());

    [Fact]
    public async Task Upload_ImageWithActivity_StoresMessageWhoseAttachmentIsServedInline()
    {
        var chat = await client.StartAsync();

        var response = await UploadAsync(chat, chat.Token, ("pothole.png", "image/png", Png),
            activityJson: """{"type":"message","text":"pothole on Elm St","from":{"id":"forged"},"channelData":{"clientActivityID":"cid-up"}}""");
        var id = (await DirectLineClient.ReadJsonAsync(response))["id"]!.GetValue<string>();

        var echo = Assert.Single(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        var attachment = echo["attachments"]![0]!;
        var url = attachment["contentUrl"]!.GetValue<string>();
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("pothole on Elm St", echo["text"]!.GetValue<string>());
        Assert.Equal(chat.UserId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("image/png", attachment["contentType"]!.GetValue<string>());
        Assert.StartsWith($"http://localhost/v3/directline/attachments/{chat.ConversationId}/", url);

        var file = await client.Http.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Null(file.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task Upload_HtmlFileWithoutActivity_IsServedAsDownload()
    {
        var chat = await client.StartAsync();

        await DirectLineClient.ReadJsonAsync(await UploadAsync(chat, chat.Token, ("../../evil.html", "text/html", "<script>alert(1)</script>"u8.ToArray())));

        var echo = Assert.Single(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        var url = echo["attachments"]![0]!["contentUrl"]!.GetValue<string>();
        var file = await client.Http.GetAsync(new Uri(url).PathAndQuery);
        Assert.EndsWith("/evil.html", url);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Upload_FileOver4MB_Returns413AndKeepsNothing()
    {
        var chat = await client.StartAsync();

        var response = await UploadAsync(chat, chat.Token, ("big.bin", "application/octet-stream", new byte[4 * 1024 * 1024 + 1]));

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        Assert.Empty(UploadedFiles(chat.ConversationId));
    }

    [Fact]
    public async Task Upload_WithoutToken_Returns403AndKeepsNothing()
    {
        var chat = await client.StartAsync();

        var response = await UploadAsync(chat, null, ("pothole.png", "image/png", Png));

        await DirectLineClient.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        Assert.Empty(UploadedFiles(chat.ConversationId));
    }

    [Fact]
    public async Task Upload_SameClientActivityIdTwice_StoresOneMessageAndOneFile()
    {
        var chat = await client.StartAsync();
        const string activity = """{"type":"message","channelData":{"clientActivityID":"cid-twice"}}""";

        var first = await DirectLineClient.ReadJsonAsync(await UploadAsync(chat, chat.Token, ("a.png", "image/png", Png), activity));
        var second = await DirectLineClient.ReadJsonAsync(await UploadAsync(chat, chat.Token, ("a.png", "image/png", Png), activity));

        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Single(await client.GetUserActivitiesAsync(chat.ConversationId, chat.Token));
        Assert.Single(UploadedFiles(chat.ConversationId));
    }

    [Theory]
    [InlineData("/v3/directline/attachments/nope/0123456789abcdef0123456789abcdef/a.png")]
    [InlineData("/v3/directline/attachments/..%2F..%2F/directline.key/a")]
    public async Task Attachment_UnknownOrTraversingPath_Returns404(string path)
    {
        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string[] UploadedFiles(string conversationId)
    {
        var folder = Path.Combine(factory.DataDirectory, "uploads", conversationId);
        return Directory.Exists(folder) ? Directory.GetDirectories(folder) : [];
    }

    private Task<HttpResponseMessage> UploadAsync(Started chat, string? credential, (string Name, string Type, byte[] Bytes) file, string? activityJson = null)
    {
        var form = new MultipartFormDataContent();
        if (activityJson is not null)
        {
            // As the official client sends it: a blob part named "activity".
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(activityJson));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }
        var content = new ByteArrayContent(file.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
        form.Add(content, "file", file.Name);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload?userId={chat.UserId}") { Content = form };
        if (credential is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return client.Http.SendAsync(request);
    }
}
