using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// The durable timer of surveys: schedules the satisfaction survey of each newly closed case, then starts every run
/// whose time has come. Everything it acts on is in SQLite, so a restart picks up exactly where it stopped.
/// </summary>
public sealed class SurveyWorker(
    ISurveyStore store, SurveyScheduler scheduler, SurveySender sender, SurveySignal signal, IOptions<SurveyOptions> options,
    TimeProvider clock, ILogger<SurveyWorker> logger) : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Survey pass failed; retrying at the next poll");
            }
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: closed cases to survey, then due runs.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (options.Value.AfterCases)
        {
            foreach (var closed in await store.ClosedCasesWithoutSurveyAsync(now.AddHours(-options.Value.CaseLookBackHours), Batch, cancellationToken))
                await scheduler.ScheduleCsatAsync(CsatSurvey.CaseSubject(closed.Reference), closed.ConversationId, cancellationToken);
        }
        foreach (var run in await store.DueAsync(clock.GetUtcNow(), Batch, cancellationToken))
        {
            try
            {
                await sender.StartAsync(run, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad run must not hold up the others; it stays scheduled and is tried again.
                logger.LogWarning(ex, "Survey run {RunId} could not start", run.Id);
            }
        }
    }
}
