using System.Net;
using System.Net.Sockets;
using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Rest;
using CityCrm.Channels.Meta.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Meta.Tests;

public sealed class GraphClientTests : IAsyncLifetime
{
    private static readonly WhatsAppNumber Number = new() { PhoneNumberId = TestMeta.PhoneNumberId, AccessToken = TestMeta.WhatsAppToken, InboxId = TestMeta.WhatsAppInbox };

    private FakeGraphApi graph = null!;
    private MetaServices services = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphApi.StartAsync();
        services = await MetaServices.CreateAsync(graph.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await graph.DisposeAsync();
    }

    private Task<SendOutcome> SendAsync(MetaServices on, WhatsAppNumber number) =>
        on.Provider.GetRequiredService<GraphClient>().SendWhatsAppAsync(number, WhatsAppPayloads.Text(TestMeta.ResidentWaId, "Hello"), CancellationToken.None);

    [Theory]
    [InlineData(429, 130429, "(#130429) Rate limit hit")]
    [InlineData(400, 4, "(#4) Application request limit reached")]
    [InlineData(400, 80007, "(#80007) Rate limit issues")]
    [InlineData(500, 1, "An unknown error occurred")]
    [InlineData(503, 2, "Service temporarily unavailable")]
    public async Task SendWhatsAppAsync_ThrottledOrTemporaryError_IsRetry(int status, int code, string message)
    {
        graph.FailNext(status, code, message);

        var outcome = await SendAsync(services, Number);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.Equal($"{code}: {message}", outcome.Error);
    }

    [Fact]
    public async Task SendWhatsAppAsync_RefusedParameter_IsFailedWithCodeAndMessage()
    {
        graph.FailNext(400, 131047, "Re-engagement message");

        var outcome = await SendAsync(services, Number);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("131047: Re-engagement message", outcome.Error);
    }

    [Fact]
    public async Task SendWhatsAppAsync_WrongToken_IsFailedAsGraphSaysIt()
    {
        var outcome = await SendAsync(services, new WhatsAppNumber { PhoneNumberId = TestMeta.PhoneNumberId, AccessToken = "EAAexpired" });

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("190: ", outcome.Error);
        Assert.Equal("Bearer EAAexpired", Assert.Single(graph.Received).Authorization);
    }

    [Fact]
    public async Task SendWhatsAppAsync_OtherGraphVersion_IsRefusedByThePath()
    {
        await using var old = await MetaServices.CreateAsync(graph.BaseUrl, s => s["Meta:GraphVersion"] = "v17.0");

        var outcome = await SendAsync(old, Number);

        Assert.Equal(SendOutcomeKind.Failed, outcome.Kind);
        Assert.Equal($"/v17.0/{TestMeta.PhoneNumberId}/messages", Assert.Single(graph.Received).Path);
    }

    [Fact]
    public async Task SendWhatsAppAsync_NobodyListening_IsRetry()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var down = await MetaServices.CreateAsync($"http://127.0.0.1:{port}");

        var outcome = await SendAsync(down, Number);

        Assert.Equal(SendOutcomeKind.Retry, outcome.Kind);
        Assert.StartsWith("Graph API unreachable", outcome.Error);
    }

    [Fact]
    public async Task SendWhatsAppAsync_Accepted_IsTheWamid()
    {
        var outcome = await SendAsync(services, Number);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        Assert.StartsWith("wamid.", outcome.ProviderMessageId);
        Assert.Equal("accepted", outcome.ProviderStatus);
    }
}
