using System.Globalization;
using System.Text.Json;
using CityCrm.Bench;
using CityCrm.ConsoleBench;

namespace CityCrm.InboundBench;

/// <summary>
/// Residents' messages (half Twilio SMS webhooks, half Direct Line activities) against the host on Kestrel: each
/// durably stored and answered from the knowledge base. Figures, each beside a floor measured in the same run:
/// sustained answered messages a second (floor: a no-op ASP.NET Core process taking the same requests), the
/// acknowledgement latency at half that rate (floor: the no-op at the same rate), and the host's memory with 10,000
/// open conversations and 1,000 agent consoles (floor: the idle host). Prints "name value floor ratio target ok/MISS".
/// The measured run follows a warm-up (<c>--warmup</c> messages): until then the host's CPU goes mostly to compiling
/// and recompiling its code (tiered JIT), a one-time cost printed on its own line, not the sustained cost a message has.
/// Arguments: HOST_DLL CONTENT_ROOT [--warmup 6000] [--messages 6000] [--concurrency 64] [--senders 2000] [--seconds 10]
/// [--conversations 10000] [--consoles 1000]
/// </summary>
public static class InboundBenchMain
{
    private const double TargetRate = 5000, TargetShare = 0.25, TargetP99Ms = 20;

    public static async Task<int> Main(string[] args)
    {
        if (args.Contains(NoopServer.Flag))
        {
            await NoopServer.RunAsync(args[Array.IndexOf(args, "--urls") + 1], CancellationToken.None);
            return 0;
        }
        var warmup = Option(args, "--warmup", 6000);
        var messages = Option(args, "--messages", 6000);
        var concurrency = Option(args, "--concurrency", 64);
        var senders = Option(args, "--senders", 2000);
        var seconds = Option(args, "--seconds", 10);
        var conversations = Option(args, "--conversations", 10_000);
        var consoles = Option(args, "--consoles", 1000);
        var cancel = CancellationToken.None;
        var questions = File.ReadLines(Path.Combine(args[1], "knowledge-eval", "questions.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!).ToList();

        await using var twilio = await FakeTwilioApi.StartAsync(cancel);
        await using var noop = await BenchHost.StartAsync(typeof(InboundBenchMain).Assembly.Location, args[1], cancel, NoopServer.Flag);
        await using var host = await BenchHost.StartAsync(args[0], args[1], cancel, "--Twilio:ApiBaseUrl", twilio.BaseUrl,
            // Every resident here comes from one address and sends faster than any person: the limits that protect a
            // city from floods would measure themselves instead of the pipeline.
            "--RateLimits:PerIp", "1000000000", "--RateLimits:PerDirectLineUser", "1000000000", "--RateLimits:BotAnswersPerSender", "1000000000",
            // At the shipped log level (not the Warning the other benches use), so a line written per message is paid for here.
            "--Logging:LogLevel:Default", "Information");
        var idleMb = host.ResidentMegabytes();
        using var floorHttp = Client(noop.BaseUri, concurrency);
        using var hostHttp = Client(host.BaseUri, concurrency);
        var floorTarget = new InboundTarget(floorHttp, questions);
        var hostTarget = new InboundTarget(hostHttp, questions);
        var metrics = new MetricsProbe(hostHttp);

        Console.Error.WriteLine($"floor: {messages} requests to a no-op process, {concurrency} in flight");
        await floorTarget.OpenChatsAsync(senders, real: false, cancel);
        await LoadRunner.ClosedAsync(floorTarget, 0, senders, 1000, concurrency, cancel);
        var floorCpuBefore = noop.CpuSeconds();
        var floor = await LoadRunner.ClosedAsync(floorTarget, 0, senders, messages, concurrency, cancel);
        var floorRate = floor.Acknowledged / floor.Seconds;
        var floorCpuPerMessage = (noop.CpuSeconds() - floorCpuBefore) * 1000 / messages;

        Console.Error.WriteLine($"host: opening {senders / 2} web chat conversations, warming up with {warmup} messages");
        await hostTarget.OpenChatsAsync(senders, real: true, cancel);
        var before = await metrics.SettleAsync(TimeSpan.FromSeconds(1), cancel);
        var coldCpuBefore = host.CpuSeconds();
        await LoadRunner.ClosedAsync(hostTarget, 0, senders, Math.Max(1, warmup), concurrency, cancel);
        var warm = await metrics.SettleAsync(TimeSpan.FromSeconds(2), cancel);
        var coldCpuPerMessage = (host.CpuSeconds() - coldCpuBefore) * 1000 / Math.Max(1, warm.In - before.In);
        var repliesPerMessage = (warm.Out - before.Out) / Math.Max(1, warm.In - before.In);
        Console.Error.WriteLine($"  {repliesPerMessage:0.00} replies a message");

        Console.Error.WriteLine($"host: {messages} messages, {concurrency} in flight");
        var hostCpuBefore = host.CpuSeconds();
        var run = await MeasureAnsweredAsync(hostTarget, metrics, warm, senders, messages, concurrency, repliesPerMessage, cancel);
        var rate = run.Answered / run.Seconds;
        var cpuPerMessage = (host.CpuSeconds() - hostCpuBefore) * 1000 / Math.Max(1, run.Answered);
        Console.Error.WriteLine($"  acknowledged {run.Acknowledged} ({run.Acknowledged / run.AckSeconds:0} a second), refused {run.Refused}, answered {run.Answered} in {run.Seconds:0.0} s");

        var half = Math.Max(1, rate / 2);
        Console.Error.WriteLine($"latency at {half:0} messages a second for {seconds} s");
        var floorOpen = await LoadRunner.OpenAsync(floorTarget, 0, senders, half, seconds, cancel);
        var hostOpen = await LoadRunner.OpenAsync(hostTarget, 0, senders, half, seconds, cancel);
        await metrics.SettleAsync(TimeSpan.FromSeconds(2), cancel);
        var answers = AnswerLatency(twilio, hostOpen.Sent);

        Console.Error.WriteLine($"memory: SMS from new numbers until {conversations} conversations are open, then {consoles} consoles");
        var extra = Math.Max(0, conversations - senders);
        await LoadRunner.ClosedAsync(hostTarget, InboundTarget.TextersFrom, extra, extra, concurrency, cancel);
        await metrics.SettleAsync(TimeSpan.FromSeconds(3), cancel);
        var conversationsMb = host.ResidentMegabytes();
        var cookie = await SignInAsync(hostHttp, cancel);
        await using var fleet = new ConsoleFleet(host.BaseUri, cookie);
        await fleet.ConnectAsync(consoles, cancel);
        await Task.Delay(2000, cancel);
        var allMb = host.ResidentMegabytes();

        var okRate = Print("inbound answered (msg/s)", rate, floorRate, $">={TargetRate:0}", rate >= TargetRate);
        var okShare = Print("inbound share of no-op floor", rate / floorRate, 1, $">={TargetShare:0.00}", rate / floorRate >= TargetShare);
        Print("inbound acknowledged (msg/s)", run.Acknowledged / run.AckSeconds, floorRate, "-", null);
        Print("host CPU per answered message (ms)", cpuPerMessage, floorCpuPerMessage, "-", null);
        Print($"host CPU per message, warm-up of {warmup} (ms)", coldCpuPerMessage, floorCpuPerMessage, "-", null);
        Print($"ack p50 at {half:0}/s (ms)", hostOpen.Latency!.At(50), floorOpen.Latency!.At(50), "-", null);
        var okP99 = Print($"ack p99 at {half:0}/s (ms)", hostOpen.Latency.At(99), floorOpen.Latency.At(99), $"<{TargetP99Ms:0}", hostOpen.Latency.At(99) < TargetP99Ms);
        if (answers is not null)
        {
            Print($"SMS answer p50 at {half:0}/s (ms)", answers.At(50), floorOpen.Latency.At(50), "-", null);
            Print($"SMS answer p99 at {half:0}/s (ms)", answers.At(99), floorOpen.Latency.At(99), "-", null);
        }
        Print($"host RSS, {conversations} conversations (MiB)", conversationsMb, idleMb, "-", null);
        Print($"host RSS, + {fleet.Count} consoles (MiB)", allMb, idleMb, "-", null);
        Console.Error.WriteLine($"refused: {run.Refused + hostOpen.Refused}; SMS replies accepted by the Twilio API: {twilio.Count}");
        return okRate && okShare && okP99 && run.Refused + hostOpen.Refused == 0 ? 0 : 1;
    }

    private sealed record AnsweredRun(int Acknowledged, int Refused, double AckSeconds, int Answered, double Seconds);

    // The clock stops when the host's reply counter shows every message answered (or stops moving).
    private static async Task<AnsweredRun> MeasureAnsweredAsync(InboundTarget target, MetricsProbe metrics, (double In, double Out) start,
        int senders, int messages, int concurrency, double repliesPerMessage, CancellationToken cancellationToken)
    {
        var begun = System.Diagnostics.Stopwatch.GetTimestamp();
        var sent = await LoadRunner.ClosedAsync(target, 0, senders, messages, concurrency, cancellationToken);
        var expected = start.Out + Math.Floor(repliesPerMessage * sent.Acknowledged);
        var last = await metrics.ReadAsync(cancellationToken);
        var lastMoved = DateTime.UtcNow;
        var answeredAt = System.Diagnostics.Stopwatch.GetElapsedTime(begun).TotalSeconds;
        while (last.Out < expected && DateTime.UtcNow - lastMoved < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20, cancellationToken);
            var now = await metrics.ReadAsync(cancellationToken);
            if (now.Out != last.Out)
                (lastMoved, answeredAt) = (DateTime.UtcNow, System.Diagnostics.Stopwatch.GetElapsedTime(begun).TotalSeconds);
            last = now;
        }
        var answered = (int)Math.Min(sent.Acknowledged, Math.Round((last.Out - start.Out) / repliesPerMessage));
        return new AnsweredRun(sent.Acknowledged, sent.Refused, sent.Seconds, answered, answeredAt);
    }

    // From each text's scheduled moment to the first reply the Twilio API accepted for that number after it.
    private static Percentiles? AnswerLatency(FakeTwilioApi twilio, IReadOnlyList<(int Sender, long SentAt)> sent)
    {
        var delays = new List<double>();
        foreach (var (sender, at) in sent.Where(s => InboundTarget.IsSms(s.Sender)))
        {
            var reply = twilio.ArrivalsFor(InboundTarget.PhoneOf(sender)).Where(t => t >= at).DefaultIfEmpty(-1).Min();
            if (reply > 0)
                delays.Add(Percentiles.Milliseconds(reply - at));
        }
        return delays.Count > 0 ? new Percentiles(delays) : null;
    }

    private static async Task<string> SignInAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" }, cancellationToken);
        login.EnsureSuccessStatusCode();
        return login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    private static HttpClient Client(Uri baseUri, int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };

    private static bool Print(string name, double value, double floor, string target, bool? ok)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} {value,9:0.0} {floor,9:0.0} {value / floor,7:0.00}x {target,6} {(ok is { } o ? (o ? "ok" : "MISS") : "")}"));
        return ok ?? true;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
