using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Tests.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using CityCrm.Conversations.Tests.Fakes;

namespace CityCrm.Conversations.Tests.Contacts;

public sealed class NextActionRemindersTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RemindDueAsync_ActionFallsDue_OwnerRemindedOnceAndLaterActionWaits()
    {
        await using var h = await ContactStoreHarness.CreateAsync();
        var clock = new FakeTimeProvider(T0);
        var publisher = new RecordingPublisher();
        var reminders = new NextActionReminders(h.Profiles, publisher, clock, NullLogger<NextActionReminders>.Instance);
        var contact = await h.ContactAsync(d => d with
        {
            DisplayName = "Rosa Diaz",
            NextActions =
            [
                new NextAction("a1", "Call back", T0.AddHours(1), "agent-1", "alex", T0),
                new NextAction("a2", "Send the form", T0.AddDays(1), "agent-2", "alex", T0),
            ],
        });

        Assert.Equal(0, await reminders.RemindDueAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await reminders.RemindDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.RemindDueAsync(CancellationToken.None));

        var due = Assert.IsType<NextActionDue>(Assert.Single(publisher.Events));
        Assert.Equal((contact.ContactId, "Rosa Diaz", "a1", "agent-1"), (due.ContactId, due.ContactName, due.Action.Id, due.Action.Owner));
        var stored = (await h.Profiles.GetAsync(contact.ContactId, CancellationToken.None))!;
        Assert.Equal(T0.AddHours(2), stored.NextActions.Single(a => a.Id == "a1").RemindedAt);
        Assert.Null(stored.NextActions.Single(a => a.Id == "a2").RemindedAt);
    }
}
