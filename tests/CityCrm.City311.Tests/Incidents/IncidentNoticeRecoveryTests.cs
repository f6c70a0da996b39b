using CityCrm.CaseCore.Incidents;
using CityCrm.City311.Tests.Cases;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Conversations.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.City311.Tests.Incidents;

/// <summary>
/// An incident's closing notice left "pending" by a stop (claimed, then the process died before or after sending) is
/// finished at the next start, on the host's SQLite file and outbox, and the resident is texted exactly once.
/// </summary>
public sealed class IncidentNoticeRecoveryTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private const string Closing = "The water main on Elm Street is repaired.";

    private async Task<(Incident Incident, string ContactId, string Reference, string Phone)> ClosedAsync()
    {
        var (opened, _, phone) = await CaseWorkHost.ReportAsync(factory);
        var incidents = factory.Services.GetRequiredService<IncidentService>();
        var created = await incidents.CreateAsync(
            new NewIncident($"Water main {phone}", ["pothole"], IncidentArea.Citywide, new IncidentMessage("Crews are on site.")) { Cases = [opened.Reference] },
            "supervisor", CancellationToken.None);
        var closed = await incidents.CloseAsync(created.Id, new IncidentMessage(Closing), "supervisor", CancellationToken.None);
        return (closed!, opened.ContactId!, opened.Reference, phone);
    }

    // What the host does at start.
    private Task<int> RestartAsync() => new IncidentNoticeRecovery(factory.Services.GetRequiredService<IIncidentStore>(),
        factory.Services.GetRequiredService<IncidentClosedNotifier>(), NullLogger<IncidentNoticeRecovery>.Instance).RetryPendingAsync(CancellationToken.None);

    private async Task<int> TextsAsync(string phone)
    {
        // The dispatcher sends asynchronously: wait for the first text, then give a repeat the same time to show up.
        for (var i = 0; i < 400 && Count() == 0; i++)
            await Task.Delay(25);
        await Task.Delay(300);
        return Count();

        int Count() => factory.Sender.Sent.Count(d => d.Address == phone && d.Activity.Text == Closing);
    }

    [Fact]
    public async Task Start_NoticeClaimedButNeverSent_SentOnceAndMarkedSent()
    {
        var (incident, contactId, reference, phone) = await ClosedAsync();
        var store = factory.Services.GetRequiredService<IIncidentStore>();
        await store.ClaimNotificationAsync(
            new IncidentNotification(incident.Id, contactId, reference, NotificationOutcome.Pending, "", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(1, await RestartAsync());
        Assert.Equal(0, await RestartAsync());

        Assert.Equal(1, await TextsAsync(phone));
        Assert.Equal(NotificationOutcome.Sent, Assert.Single(await store.ListNotificationsAsync(incident.Id, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Start_NoticeSentButNeverMarked_NotSentAgainAndMarkedSent()
    {
        var (incident, _, _, phone) = await ClosedAsync();
        var store = factory.Services.GetRequiredService<IIncidentStore>();
        var stopping = ActivatorUtilities.CreateInstance<IncidentClosedNotifier>(factory.Services, new StoppingIncidentStore(store));
        await Assert.ThrowsAsync<OperationCanceledException>(() => stopping.NotifyAsync(incident, CancellationToken.None));
        Assert.Equal(NotificationOutcome.Pending, Assert.Single(await store.ListNotificationsAsync(incident.Id, CancellationToken.None)).Outcome);

        Assert.Equal(1, await RestartAsync());

        Assert.Equal(1, await TextsAsync(phone));
        Assert.Equal(NotificationOutcome.Sent, Assert.Single(await store.ListNotificationsAsync(incident.Id, CancellationToken.None)).Outcome);
    }
}
