using System.Net;
using System.Text.Json;
using CityCrm.Conversations.Audit;
using CityCrm.Storage.Cosmos;
using CityCrm.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>Throttling and timeouts from the server (injected by the test server) against the real SDK.</summary>
public sealed class CosmosFaultTests : IAsyncLifetime
{
    private static readonly AuditRecord Record = new(DateTimeOffset.UnixEpoch, "agent:ana", "contact.read", "conv-1", null, null, 0);
    private CosmosStoreOptions options = null!;
    private CosmosStorage storage = null!;

    public async Task InitializeAsync()
    {
        options = await CosmosTestStorage.OptionsAsync();
        options.MaxThrottleRetries = 3;
        options.MaxTransientRetries = 3;
        storage = await CosmosTestStorage.CreateAsync(options, CosmosAuditLog.Container);
    }

    public Task DisposeAsync() => CosmosTestStorage.DisposeAsync(storage);

    [Fact]
    public async Task WriteAsync_ThrottledFewerTimesThanTheRetries_Succeeds()
    {
        var log = new CosmosAuditLog(storage);
        await CosmosTestServer.InjectFaultsAsync(429, 3, $"/dbs/{options.Database}/colls/audit/docs");

        await log.WriteAsync(Record, CancellationToken.None);

        Assert.Single(await log.ListAsync("conv-1", 10, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_TimedOutTwice_RetriesWithBackoffAndSucceeds()
    {
        var log = new CosmosAuditLog(storage);
        await CosmosTestServer.InjectFaultsAsync(408, 2, $"/dbs/{options.Database}/colls/audit/docs");

        await log.WriteAsync(Record, CancellationToken.None);

        Assert.Single(await log.ListAsync("conv-1", 10, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_ThrottledBeyondTheRetries_SurfacesTheThrottleAndWritesNothing()
    {
        var log = new CosmosAuditLog(storage);
        await CosmosTestServer.InjectFaultsAsync(429, 50, $"/dbs/{options.Database}/colls/audit/docs", retryAfterMs: 1);

        var error = await Assert.ThrowsAsync<CosmosException>(() => log.WriteAsync(Record, CancellationToken.None));
        await CosmosTestServer.InjectFaultsAsync(429, 0, $"/dbs/{options.Database}/colls/audit/docs");

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Empty(await log.ListAsync("conv-1", 10, CancellationToken.None));
    }

    [Fact]
    public async Task TryHandleAsync_ExhaustedThrottle_Answers503ProblemWithRetryAfter()
    {
        var log = new CosmosAuditLog(storage);
        await CosmosTestServer.InjectFaultsAsync(429, 50, $"/dbs/{options.Database}/colls/audit/docs", retryAfterMs: 1);
        var error = await Assert.ThrowsAsync<CosmosException>(() => log.WriteAsync(Record, CancellationToken.None));
        await CosmosTestServer.InjectFaultsAsync(429, 0, $"/dbs/{options.Database}/colls/audit/docs");
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        var handled = await new CosmosUnavailableHandler(NullLogger<CosmosUnavailableHandler>.Instance).TryHandleAsync(context, error, CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        Assert.True(int.Parse(context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        context.Response.Body.Position = 0;
        Assert.Equal(503, JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task TryHandleAsync_NotFound_LeavesItToOtherHandlers()
    {
        var error = new CosmosException("missing", HttpStatusCode.NotFound, 0, "a", 0);

        var handled = await new CosmosUnavailableHandler(NullLogger<CosmosUnavailableHandler>.Instance).TryHandleAsync(new DefaultHttpContext(), error, CancellationToken.None);

        Assert.False(handled);
    }
}
