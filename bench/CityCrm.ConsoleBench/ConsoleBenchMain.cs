using System.Globalization;
using System.Net.Http.Json;
using CityCrm.Bench;

namespace CityCrm.ConsoleBench;

/// <summary>
/// One host on Kestrel holding 1,000 agent consoles (real SignalR clients over WebSockets): a resident's hand-off must
/// reach every console. Reports p50/p99 from the queuing (server clock, in the push) to each console hearing it,
/// against a floor measured in the same run (the same hand-offs heard by 1 console), and the host's resident memory
/// with the consoles connected. Prints "name  value  floor  ratio  target  ok/MISS" lines; exits 1 when the p99 target is missed.
/// Arguments: HOST_DLL CONTENT_ROOT [--consoles 1000] [--events 20]
/// </summary>
public static class ConsoleBenchMain
{
    private const double TargetP99Ms = 100;
    private const string DemoSecret = "riverton-demo-directline-secret-change-me";

    public static async Task<int> Main(string[] args)
    {
        var consoles = Option(args, "--consoles", 1000);
        var events = Option(args, "--events", 20);
        var cancel = CancellationToken.None;
        await using var host = await BenchHost.StartAsync(args[0], args[1], cancel);
        using var http = new HttpClient { BaseAddress = host.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" }, cancel);
        login.EnsureSuccessStatusCode();
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var trigger = new HandOffTrigger(http, DemoSecret);
        var idleMb = host.ResidentMegabytes();

        Console.Error.WriteLine($"floor: {events} hand-offs, 1 console");
        await using var single = new ConsoleFleet(host.BaseUri, cookie);
        await single.ConnectAsync(1, cancel);
        var floor = await MeasureAsync(single, trigger, events, 0, cancel);
        await single.DisposeAsync();

        Console.Error.WriteLine($"connecting {consoles} consoles...");
        await using var fleet = new ConsoleFleet(host.BaseUri, cookie);
        await fleet.ConnectAsync(consoles, cancel);
        await Task.Delay(2000, cancel);
        var connectedMb = host.ResidentMegabytes();
        Console.Error.WriteLine($"fan-out: {events} hand-offs, {consoles} consoles");
        var fanOut = await MeasureAsync(fleet, trigger, events, events, cancel);

        Console.Error.WriteLine($"heard {fanOut.Count} of {events * consoles} pushes");
        Print("p50 event-to-console (ms)", fanOut.At(50), floor.At(50), null);
        Print("p99 event-to-console (ms)", fanOut.At(99), floor.At(99), TargetP99Ms);
        Print("max event-to-console (ms)", fanOut.Max, floor.Max, null);
        Print($"host RSS with {consoles} consoles (MiB)", connectedMb, idleMb, null);
        var complete = fanOut.Count == events * consoles;
        if (!complete)
            Console.WriteLine($"MISSING pushes: {events * consoles - fanOut.Count}");
        return complete && fanOut.At(99) < TargetP99Ms ? 0 : 1;
    }

    private static async Task<Percentiles> MeasureAsync(ConsoleFleet fleet, HandOffTrigger trigger, int events, int offset, CancellationToken cancellationToken)
    {
        var delays = new List<double>();
        for (var i = 0; i < events; i++)
        {
            var id = await trigger.AskForPersonAsync(offset + i, cancellationToken);
            delays.AddRange(await fleet.WaitHeardAsync(id, TimeSpan.FromSeconds(30), cancellationToken));
        }
        return new Percentiles(delays);
    }

    private static void Print(string name, double value, double floor, double? target) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {value,9:0.0} {floor,9:0.0} {value / floor,7:0.00}x {(target is { } t ? $"<{t:0}" : "-"),6} {(target is { } t2 ? (value < t2 ? "ok" : "MISS") : "")}"));

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
