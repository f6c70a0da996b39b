using System.Net;
using System.Text;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Sends fuzzed requests and collects what went wrong: a 5xx, no answer within the hang bound, or a dropped
/// connection. The failure message names the seed and shows each failing request's payload, so a run can be repeated.
/// </summary>
public sealed class FuzzRun(Mutator mutator)
{
    /// <summary>Longer than any answer should take even on a loaded machine: this detects hangs, it does not time anything.</summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromSeconds(15);

    private readonly List<string> failures = [];

    public int Sent { get; private set; }

    /// <summary>A run from a fixed seed, or from <c>CITYCRM_FUZZ_SEED</c> when set (to explore beyond the fixed ones).</summary>
    public static FuzzRun From(int seed) =>
        new(new Mutator(int.TryParse(Environment.GetEnvironmentVariable("CITYCRM_FUZZ_SEED"), out var chosen) ? chosen : seed));

    public Mutator Mutator => mutator;

    /// <summary>Sends the request; returns its status, or null when it failed (recorded).</summary>
    public async Task<HttpStatusCode?> SendAsync(HttpClient client, HttpRequestMessage request, byte[]? payload = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        Sent++;
        var what = $"{request.Method} {request.RequestUri}";
        using var timeout = new CancellationTokenSource(HangBound);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if ((int)response.StatusCode >= 500)
                Fail($"{what}: {(int)response.StatusCode}", payload);
            return response.StatusCode;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Fail($"{what}: no answer within {HangBound.TotalSeconds} s", payload);
        }
        catch (HttpRequestException e)
        {
            // Kestrel refuses a bad request line (a NUL in the path) and closes the connection while the client is
            // still sending the body, so the client loses a 400 that the same request without a body does get.
            if (request.Content is not null && await AnswersWithoutBodyAsync(client, request))
                return HttpStatusCode.BadRequest;
            Fail($"{what}: connection failed ({e.Message} {e.InnerException?.Message})", payload);
        }
        return null;
    }

    private static async Task<bool> AnswersWithoutBodyAsync(HttpClient client, HttpRequestMessage request)
    {
        using var again = new HttpRequestMessage(request.Method, request.RequestUri);
        using var timeout = new CancellationTokenSource(HangBound);
        try
        {
            using var response = await client.SendAsync(again, timeout.Token);
            return (int)response.StatusCode is >= 400 and < 500;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Counts a case sent by other means than <see cref="SendAsync"/> (a hub call).</summary>
    public void Count() => Sent++;

    public void Fail(string what, byte[]? payload) =>
        failures.Add(payload is null ? what : $"{what}\n    payload: {Show(payload)}");

    /// <summary>Fails the test with every recorded failure, the seed first.</summary>
    public void AssertClean()
    {
        Assert.True(Sent > 0, "Nothing was sent.");
        Assert.True(failures.Count == 0,
            $"Fuzz seed {mutator.Seed} (repeat with CITYCRM_FUZZ_SEED={mutator.Seed}): {failures.Count} of {Sent} requests failed\n" + string.Join("\n", failures.Take(15)));
    }

    // Valid UTF-8 is shown as text, anything else as base64; both cut to a readable length.
    private static string Show(byte[] payload)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(payload);
        }
        catch (DecoderFallbackException)
        {
            text = "base64:" + Convert.ToBase64String(payload);
        }
        return text.Length > 600 ? text[..600] + $"... ({payload.Length} bytes)" : text;
    }
}
