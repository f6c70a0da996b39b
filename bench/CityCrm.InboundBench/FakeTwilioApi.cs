using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CityCrm.InboundBench;

/// <summary>
/// Twilio's Messages API as far as the host's outbox uses it: each message accepted with 201 and a sid, and the moment
/// it arrived noted per recipient, so the bench can tell when a resident's text was answered.
/// </summary>
internal sealed class FakeTwilioApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentBag<long>> received = new(StringComparer.Ordinal);
    private long count;

    private FakeTwilioApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many messages were accepted so far.</summary>
    public long Count => Interlocked.Read(ref count);

    public static async Task<FakeTwilioApi> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeTwilioApi(app);
        app.MapPost("/2010-04-01/Accounts/{account}/Messages.json", (HttpRequest request, CancellationToken cancellationToken) => fake.AcceptAsync(request, cancellationToken));
        await app.StartAsync(cancellationToken);
        fake.BaseUrl = app.Urls.First();
        return fake;
    }

    /// <summary>The Stopwatch timestamps at which messages to <paramref name="to"/> arrived.</summary>
    public IReadOnlyCollection<long> ArrivalsFor(string to) => received.TryGetValue(to, out var bag) ? bag : [];

    private async Task<IResult> AcceptAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var at = Stopwatch.GetTimestamp();
        var to = form["To"].ToString();
        received.GetOrAdd(to, _ => []).Add(at);
        var n = Interlocked.Increment(ref count);
        return Results.Json(new { sid = $"SM{n:D32}", status = "queued", to }, statusCode: StatusCodes.Status201Created);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
