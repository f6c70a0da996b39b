using System.Diagnostics;
using System.Globalization;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.EndToEnd.Tests.Hosting;
using Xunit.Abstractions;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// The host as a real process under real load (signed Twilio webhooks, Direct Line posts, an editor publishing), killed
/// with SIGKILL at seeded moments and restarted on the same data folder each time, then drained and checked: every
/// acknowledged message stored once, every queued text accepted by Twilio once, every due survey started once, and the
/// Lucene index equal to the published articles. The seed is printed; CITYCRM_CRASH_SEED replays a run's plan.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Kills = 4;
    private static readonly TimeSpan FinalLoadLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Host_KilledFourTimesUnderLoad_LosesAndRepeatsNothing()
    {
        var seed = Environment.GetEnvironmentVariable("CITYCRM_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"crash seed {seed} (replay with CITYCRM_CRASH_SEED={seed})");
        await using var twilio = await FakeTwilioApi.StartAsync(new() { [CrashPlan.AccountSid] = CrashPlan.AuthToken });
        var network = new Random(seed);
        // Twilio's answer takes a while to come back, so kills land between its acceptance and our record of it.
        twilio.AnswerDelay = () => { lock (network) return TimeSpan.FromMilliseconds(network.Next(20, 400)); };
        var plan = await CrashPlan.CreateAsync(seed, Kills);
        var data = Directory.CreateTempSubdirectory("citycrm-crash-").FullName;
        var editor = new EditorDriver(plan, []);
        var clock = Stopwatch.StartNew();

        for (var phase = 0; phase < Kills; phase++)
        {
            var host = await StartAsync(data, twilio);
            using var stop = new CancellationTokenSource();
            using var load = new LoadDriver(plan, host.BaseUri, phase);
            var running = Task.WhenAll(load.RunAsync(stop.Token), editor.RunAsync(host.BaseUri, phase, stop.Token));
            await Task.Delay(plan.KillAfter[phase]);
            var beforeKill = twilio.Created.Count;
            await host.KillAsync();
            await stop.CancelAsync();
            await running;
            output.WriteLine($"phase {phase}: killed after {plan.KillAfter[phase].TotalMilliseconds} ms at {clock.Elapsed.TotalSeconds:0.0} s; " +
                $"{plan.AllMessages.Count(m => m.Acknowledged)}/{plan.AllMessages.Count()} acknowledged, {load.Retried} retried, " +
                $"Twilio created {beforeKill} texts, listed {twilio.Listed.Count} times");
        }

        var last = await StartAsync(data, twilio);
        await using (last)
        {
            using (var stop = new CancellationTokenSource(FinalLoadLimit))
            using (var load = new LoadDriver(plan, last.BaseUri, Kills))
                await Task.WhenAll(load.RunAsync(stop.Token), editor.RunAsync(last.BaseUri, Kills, stop.Token));
            var db = new CrashDatabase(data);
            await DrainAsync(db, last);
            output.WriteLine($"drained at {clock.Elapsed.TotalSeconds:0.0} s: {twilio.Created.Count} texts created " +
                $"({twilio.Created.Keys.Count(k => !twilio.Answered.ContainsKey(k))} of them with their answer lost to a kill), Twilio listed {twilio.Listed.Count} times, " +
                $"{editor.Published} publications acknowledged");

            var checks = new CrashChecks(plan, db, twilio);
            await checks.AcknowledgedMessagesStoredOnceAsync();
            await checks.QueuedTextsSentOnceAsync();
            var asked = await checks.SurveysFiredOnceAsync();
            var notices = await checks.IndexMatchesPublishedArticlesAsync();
            output.WriteLine($"{asked} surveys asked, {notices} notices published");
            Assert.True(asked > 0, $"no survey became due during the run (seed {seed})");
            Assert.True(notices > 0, $"no article was published during the run (seed {seed})");
        }
    }

    private static Task<CityHostProcess> StartAsync(string data, FakeTwilioApi twilio) =>
        CityHostProcess.StartOnAsync(data, CancellationToken.None,
            "--Twilio:ApiBaseUrl", twilio.BaseUrl,
            "--Twilio:Numbers:0:PhoneNumber", CrashPlan.CityNumber,
            "--Twilio:Numbers:0:AccountSid", CrashPlan.AccountSid,
            "--Twilio:Numbers:0:AuthToken", CrashPlan.AuthToken,
            "--Twilio:ApiTimeoutSeconds", "10",
            // Surveys are the run's durable timers: due two seconds after a resident thanks the bot, whatever the hour.
            "--Surveys:DelaySeconds", "2",
            "--Surveys:PollSeconds", "1",
            "--Surveys:QuietFrom", "00:00",
            "--Surveys:QuietUntil", "00:00");

    // Drained twice in a row a moment apart, so work started by the last answer is seen too.
    private static async Task DrainAsync(CrashDatabase db, CityHostProcess host)
    {
        var deadline = DateTime.UtcNow + DrainLimit;
        var quiet = 0;
        while (quiet < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the host did not drain within {DrainLimit}:\n{Tail(host.Output)}");
            quiet = await db.IsDrainedAsync() ? quiet + 1 : 0;
            await Task.Delay(1000);
        }
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;
}
