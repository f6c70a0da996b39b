using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// The agent hub's methods called over a real WebSocket with wrong, huge, null and missing arguments and unknown
/// method names: each call ends in a result or a HubException, the connection stays usable, and a message over the
/// hub's size limit closes only that connection.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class HubFuzzTests(FuzzHost host)
{
    private static readonly string[] Methods =
        ["Watch", "WatchAfter", "Unwatch", "Typing", "GetPresence", "SetPresence", "SetAgentPresence", "AcceptOffer", "DeclineOffer", "NoSuchMethod"];

    [Fact]
    public async Task AgentHub_HostileArguments_HubExceptionsOnlyAndStillServing()
    {
        var run = FuzzRun.From(3401);
        var cookie = await SupervisorCookieAsync();
        await using var connection = Connect(cookie);
        await connection.StartAsync();
        for (var i = 0; i < 150; i++)
        {
            var method = Methods[run.Mutator.Random.Next(Methods.Length)];
            var args = Enumerable.Range(0, run.Mutator.Random.Next(0, 4)).Select(_ => Argument(run.Mutator)).ToArray();
            using var timeout = new CancellationTokenSource(FuzzRun.HangBound);
            run.Count();
            try
            {
                await connection.InvokeCoreAsync<object?>(method, args, timeout.Token);
            }
            catch (HubException)
            {
                // Refused by the hub: what a wrong call should get.
            }
            catch (Exception e) when (e is not HubException)
            {
                run.Fail($"{method}({args.Length} arguments): {e.GetType().Name} {e.Message}", null);
            }
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
        await connection.InvokeAsync<object>("GetPresence");
        await using var oversized = Connect(cookie);
        await oversized.StartAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => oversized.InvokeAsync<object>("Watch", new string('x', 64 * 1024)));
        await connection.InvokeAsync<object>("GetPresence");
        await FuzzChecks.StillServesAsync(host);
        run.AssertClean();
    }

    private static object? Argument(Mutator mutator) => mutator.Random.Next(6) switch
    {
        0 => null,
        1 => mutator.Random.Next(2) == 0 ? long.MaxValue : -1L,
        2 => new { nested = new[] { 1, 2 }, text = "x" },
        3 => mutator.Random.NextDouble() * 1e308,
        _ => Clip(mutator.NextString(), 8_000),
    };

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];

    private HubConnection Connect(string cookie) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.CreateClient().BaseAddress!, "/hubs/agent"), options => options.Headers["Cookie"] = cookie)
            .Build();

    private async Task<string> SupervisorCookieAsync()
    {
        using var client = host.CreateClient(new() { HandleCookies = false, BaseAddress = host.CreateClient().BaseAddress! });
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "supervisor", password = "riverton311sup" });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").First().Split(';')[0];
    }
}
