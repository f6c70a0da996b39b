using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// A local stand-in for Twilio's Messages API (Kestrel on a free port) that checks what Twilio checks: the path and
/// method, basic auth against the account's token, E.164 To/From, a Body unless there is media. It answers with
/// Twilio's 201 and error shapes, and can be told to answer the next calls with 429, 500 or any error.
/// </summary>
public sealed partial class FakeTwilioApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Dictionary<string, string> tokens;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> scripted = new();
    private int counter;

    private FakeTwilioApi(WebApplication app, Dictionary<string, string> tokens)
    {
        this.app = app;
        this.tokens = tokens;
    }

    /// <summary>Every message created (answered 201 or about to be), by sid.</summary>
    public ConcurrentDictionary<string, CreatedMessage> Created { get; } = new();

    /// <summary>Sids whose 201 was written out in full; a created message missing here lost its answer on the way.</summary>
    public ConcurrentDictionary<string, bool> Answered { get; } = new();

    /// <summary>How long to hold each created message's answer, if at all (a slow network between us and Twilio).</summary>
    public Func<TimeSpan?>? AnswerDelay { get; set; }

    /// <summary>Every create call that reached the server, checked or not, in order.</summary>
    public ConcurrentQueue<ReceivedMessage> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeTwilioApi> StartAsync(Dictionary<string, string> accountTokens)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeTwilioApi(app, accountTokens);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", (Func<HttpContext, string, Task>)fake.CreateAsync);
        app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages.json", (Func<HttpContext, string, Task>)fake.ListAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next call is answered with <paramref name="status"/> and Twilio's error body, after being recorded.</summary>
    public void FailNext(int status, int code, string message, TimeSpan? retryAfter = null) =>
        scripted.Enqueue(async context =>
        {
            if (retryAfter is { } wait)
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString();
            await ErrorAsync(context, status, code, message);
        });

    /// <summary>The next call is answered with a bare status and a body that is not JSON (a proxy's error page).</summary>
    public void AnswerNextWithPage(int status) =>
        scripted.Enqueue(async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body>Bad gateway</body></html>");
        });

    /// <summary>The next call is held for <paramref name="delay"/> before any answer (a hung provider).</summary>
    public void HoldNext(TimeSpan delay) =>
        scripted.Enqueue(async context =>
        {
            await Task.Delay(delay, context.RequestAborted);
            context.Response.StatusCode = 201;
        });

    private async Task CreateAsync(HttpContext context, string accountSid)
    {
        var form = await context.Request.ReadFormAsync();
        var received = new ReceivedMessage(accountSid, context.Request.Headers.Authorization.ToString(),
            form["To"].ToString(), form["From"].ToString(), form.ContainsKey("Body") ? form["Body"].ToString() : null,
            form["MediaUrl"].Select(m => m!).ToList(), form["StatusCallback"].ToString(), context.Request.ContentType ?? "");
        Received.Enqueue(received);

        if (!tokens.TryGetValue(accountSid, out var token) || received.Authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{token}")))
        {
            await ErrorAsync(context, 401, 20003, "Authenticate");
            return;
        }
        if (scripted.TryDequeue(out var answer))
        {
            await answer(context);
            return;
        }
        if (!E164().IsMatch(received.To))
        {
            await ErrorAsync(context, 400, 21211, $"Invalid 'To' Phone Number: {received.To}");
            return;
        }
        if (!E164().IsMatch(received.From))
        {
            await ErrorAsync(context, 400, 21212, $"Invalid From Number (caller ID): {received.From}");
            return;
        }
        if (string.IsNullOrEmpty(received.Body) && received.MediaUrls.Count == 0)
        {
            await ErrorAsync(context, 400, 21602, "Message body is required.");
            return;
        }
        var sid = $"SM{Interlocked.Increment(ref counter):x32}";
        var created = new CreatedMessage(accountSid, sid, received.To, received.From, received.Body ?? "", received.MediaUrls.Count, DateTimeOffset.UtcNow);
        Created[sid] = created;
        // The message exists from here on, whether or not the answer reaches the caller.
        if (AnswerDelay?.Invoke() is { } delay)
            await Task.Delay(delay, context.RequestAborted);
        context.Response.StatusCode = 201;
        await context.Response.WriteAsJsonAsync(Resource(created), context.RequestAborted);
        await context.Response.CompleteAsync();
        Answered[sid] = true;
    }

    private static Task ErrorAsync(HttpContext context, int status, int code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status });
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
