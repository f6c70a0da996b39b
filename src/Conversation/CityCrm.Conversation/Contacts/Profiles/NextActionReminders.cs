using CityCrm.Conversations.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Reminds owners of next actions that fell due: each one once, recorded on the profile before the reminder is
/// published, so a restart neither loses nor repeats one (at worst one reminder is published twice when the process
/// stops between the two).
/// </summary>
public sealed class NextActionReminders(IContactProfileStore store, IEventPublisher publisher, TimeProvider clock, ILogger<NextActionReminders> logger)
    : BackgroundService
{
    /// <summary>How often due actions are looked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RemindDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Looking for due next actions failed; trying again shortly");
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Publishes a <see cref="NextActionDue"/> for every action due now; returns how many.</summary>
    public async Task<int> RemindDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        foreach (var data in await store.ListDueAsync(now, 100, cancellationToken))
        {
            var profile = new ContactProfile(data);
            var due = data.NextActions.Where(a => a.NeedsReminder(now)).ToList();
            foreach (var action in due)
                profile.MarkReminded(action.Id, now);
            // Someone edited the contact meanwhile: the next round reads it again.
            if (!await store.SaveAsync(profile.Data with { Version = data.Version + 1 }, data.Version, [], cancellationToken))
                continue;
            foreach (var action in due)
                await publisher.PublishAsync(new NextActionDue(data.ContactId, data.DisplayName, action with { RemindedAt = now }, now), cancellationToken);
            reminded += due.Count;
        }
        return reminded;
    }
}
