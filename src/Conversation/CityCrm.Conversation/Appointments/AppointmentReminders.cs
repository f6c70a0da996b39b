using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// The durable timer of day-before reminders: due times live in SQLite with each appointment, so a restart loses none;
/// a reminder is sent before it is marked, with a key that makes a second send a no-op, so a restart in between
/// repeats none either.
/// </summary>
public sealed class AppointmentReminders(
    IAppointmentStore store, AppointmentNotices notices, IOptions<AppointmentOptions> options, TimeProvider clock,
    ILogger<AppointmentReminders> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(clock.GetUtcNow(), stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Appointment reminders failed; retrying at the next poll");
            }
        }
    }

    /// <summary>Sends every reminder due at <paramref name="now"/>; answers how many went out.</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var due in await store.DueRemindersAsync(now, 100, cancellationToken))
        {
            if (await notices.RemindAsync(due, cancellationToken))
                sent++;
            await store.MarkReminderSentAsync(due.Id, now, cancellationToken);
        }
        return sent;
    }
}
