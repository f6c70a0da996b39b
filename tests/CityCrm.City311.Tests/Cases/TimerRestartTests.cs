using CityCrm.CaseCore;
using CityCrm.CaseCore.Sla;
using CityCrm.CaseCore.Workflow;
using CityCrm.City311.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.City311.Tests.Cases;

/// <summary>
/// A timer whose rule tells the resident, run against the host's SQLite file, outbox and notifier, with the process
/// "killed" at each point between the case change and the notice: the resident gets the notice exactly once.
/// </summary>
public sealed class TimerRestartTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private const string Rules = """
        { "rules": [ { "name": "late-notice", "on": "sla-breached", "when": {},
                       "then": [ { "do": "escalate" }, { "do": "notify-requester", "message": "Our crew is running late on this one." } ] } ] }
        """;

    private CaseTimerService Poller(ICaseTimerStore timers)
    {
        var services = factory.Services;
        var sla = services.GetRequiredService<SlaPolicy>();
        var engine = new WorkflowEngine(WorkflowDocument.Parse(Rules), services.GetRequiredService<IServiceCatalog>(), sla);
        var automation = new CaseAutomation(engine, sla, services.GetRequiredService<ICaseStore>(), timers,
            services.GetRequiredService<ICaseAlerts>(), TimeProvider.System, NullLogger<CaseAutomation>.Instance);
        return new CaseTimerService(timers, automation, TimeProvider.System, NullLogger<CaseTimerService>.Instance);
    }

    private async Task<(Case Case, string Phone)> OverdueAsync()
    {
        var (opened, _, phone) = await CaseWorkHost.ReportAsync(factory);
        await factory.Services.GetRequiredService<ICaseTimerStore>()
            .ScheduleAsync(opened.Reference, [("sla-breached", DateTimeOffset.UtcNow.AddMinutes(-1))], CancellationToken.None);
        return (opened, phone);
    }

    private async Task<int> NoticesAsync(string phone, string reference)
    {
        // The dispatcher sends asynchronously: wait for the first text, then give a repeat the same time to show up.
        for (var i = 0; i < 400 && Count() == 0; i++)
            await Task.Delay(25);
        await Task.Delay(300);
        return Count();

        int Count() => factory.Sender.Sent.Count(d => d.Address == phone && d.Activity.Text?.Contains(reference, StringComparison.Ordinal) == true
            && d.Activity.Text.Contains("running late", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunDueAsync_ProcessKilledBetweenCaseChangeAndNotice_RestartSendsExactlyOneNotice(bool killedAfterCommit)
    {
        var (opened, phone) = await OverdueAsync();
        var timers = factory.Services.GetRequiredService<ICaseTimerStore>();

        await Poller(new CrashingTimerStore(timers, killedAfterCommit)).RunDueAsync(CancellationToken.None);
        await Poller(timers).RunDueAsync(CancellationToken.None);
        await Poller(timers).RunDueAsync(CancellationToken.None);

        Assert.Equal(1, await NoticesAsync(phone, opened.Reference));
        var stored = (await factory.Services.GetRequiredService<ICaseStore>().GetByReferenceAsync(opened.Reference, CancellationToken.None))!;
        Assert.Single(stored.History, h => h.Action == CaseActions.Escalate);
        Assert.NotNull(Assert.Single(await timers.ListAsync(opened.Reference, CancellationToken.None), t => t.Timer.Name == "sla-breached").FiredAt);
    }
}
