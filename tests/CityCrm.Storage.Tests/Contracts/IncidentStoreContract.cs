using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IIncidentStore"/> contract; every implementation runs it.</summary>
public abstract class IncidentStoreContract : StoreContract<IIncidentStore>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(-5));

    private static Incident New(string id = "inc-1", DateTimeOffset? at = null) => new(id,
        new NewIncident("Water main break on Elm St", ["water-leak"], new IncidentArea(new GeoPoint(42.36, -71.06), 300, ["Elm St"]),
            new IncidentMessage("We know about the water main break on Elm St; crews are on site. <b>", "Sabemos de la rotura en Elm St."))
        {
            Keywords = ["boil water"],
            Cases = ["R-100001", "R-100002"],
        }, "supervisor", at ?? T0);

    private static IncidentNotification Notice(string contact, string reference = "R-100001") =>
        new("inc-1", contact, reference, NotificationOutcome.Pending, "", T0);

    [Fact]
    public async Task CreateAsync_NewIncident_ReadsBackWithEveryField()
    {
        var created = New();
        await Store.CreateAsync(created, None);

        var read = await Store.GetAsync("inc-1", None);

        Assert.NotNull(read);
        AssertSame(created, read);
    }

    [Fact]
    public async Task CreateAsync_SameIdTwice_ThrowsConflict()
    {
        await Store.CreateAsync(New(), None);

        await Assert.ThrowsAsync<IncidentConflictException>(() => Store.CreateAsync(New(), None));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull() => Assert.Null(await Store.GetAsync("missing", None));

    [Fact]
    public async Task SaveAsync_LinkPinClose_RoundTripsAndBumpsVersion()
    {
        var incident = New();
        await Store.CreateAsync(incident, None);
        incident.Link("R-100003", "system", T0.AddMinutes(5));
        incident.Pin(new IncidentMessage("Crews expect water back by 6 pm."), "supervisor", T0.AddMinutes(6));
        await Store.SaveAsync(incident, None);
        incident.Close(new IncidentMessage("Repaired; water is back on.", "Reparado."), "supervisor", T0.AddHours(5).AddTicks(1234567));
        await Store.SaveAsync(incident, None);

        var read = await Store.GetAsync(incident.Id, None);

        Assert.NotNull(read);
        Assert.Equal(2, read.Version);
        AssertSame(incident, read);
    }

    [Fact]
    public async Task SaveAsync_StaleCopy_ThrowsConflictAndKeepsFirstSave()
    {
        await Store.CreateAsync(New(), None);
        var first = (await Store.GetAsync("inc-1", None))!;
        var second = (await Store.GetAsync("inc-1", None))!;
        first.Link("R-100003", "a", T0.AddMinutes(1));
        await Store.SaveAsync(first, None);
        second.Link("R-100004", "b", T0.AddMinutes(2));

        await Assert.ThrowsAsync<IncidentConflictException>(() => Store.SaveAsync(second, None));
        Assert.Equal(["R-100001", "R-100002", "R-100003"], (await Store.GetAsync("inc-1", None))!.Cases);
    }

    [Fact]
    public async Task ListAsync_ByStatus_NewestFirst()
    {
        var older = New("inc-a", T0);
        var newer = New("inc-b", T0.AddHours(1));
        var closed = New("inc-c", T0.AddHours(2));
        closed.Close(new IncidentMessage("Done."), "supervisor", T0.AddHours(3));
        foreach (var i in new[] { older, newer, closed })
            await Store.CreateAsync(i, None);

        Assert.Equal(["inc-b", "inc-a"], (await Store.ListAsync(IncidentStatus.Active, None)).Select(i => i.Id));
        Assert.Equal(["inc-c"], (await Store.ListAsync(IncidentStatus.Closed, None)).Select(i => i.Id));
        Assert.Equal(["inc-c", "inc-b", "inc-a"], (await Store.ListAsync(null, None)).Select(i => i.Id));
    }

    [Fact]
    public async Task ClaimNotificationAsync_SameContactTwice_SecondIsRefused()
    {
        await Store.CreateAsync(New(), None);

        Assert.True(await Store.ClaimNotificationAsync(Notice("contact-1"), None));
        Assert.False(await Store.ClaimNotificationAsync(Notice("contact-1", "R-100002"), None));
        Assert.True(await Store.ClaimNotificationAsync(Notice("contact-2"), None));

        Assert.Equal(["contact-1", "contact-2"], (await Store.ListNotificationsAsync("inc-1", None)).Select(n => n.ContactId));
    }

    [Fact]
    public async Task ClaimNotificationAsync_TenParallelClaims_OnlyOneWins()
    {
        await Store.CreateAsync(New(), None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Store.ClaimNotificationAsync(Notice("contact-1"), None))));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task CompleteNotificationAsync_Sent_IsKeptAndNotReleased()
    {
        await Store.CreateAsync(New(), None);
        await Store.ClaimNotificationAsync(Notice("contact-1"), None);

        await Store.CompleteNotificationAsync("inc-1", "contact-1", NotificationOutcome.Sent, "Sent by text message.", None);
        await Store.ReleaseNotificationAsync("inc-1", "contact-1", None);

        var notice = Assert.Single(await Store.ListNotificationsAsync("inc-1", None));
        Assert.Equal((NotificationOutcome.Sent, "Sent by text message.", "R-100001", T0), (notice.Outcome, notice.Detail, notice.CaseReference, notice.At));
    }

    [Fact]
    public async Task ReleaseNotificationAsync_Pending_AllowsANewClaim()
    {
        await Store.CreateAsync(New(), None);
        await Store.ClaimNotificationAsync(Notice("contact-1"), None);

        await Store.ReleaseNotificationAsync("inc-1", "contact-1", None);

        Assert.Empty(await Store.ListNotificationsAsync("inc-1", None));
        Assert.True(await Store.ClaimNotificationAsync(Notice("contact-1"), None));
    }

    private static void AssertSame(Incident expected, Incident actual)
    {
        Assert.Equal((expected.Id, expected.Title, expected.Status, expected.CreatedAt, expected.UpdatedAt, expected.ClosedAt),
            (actual.Id, actual.Title, actual.Status, actual.CreatedAt, actual.UpdatedAt, actual.ClosedAt));
        Assert.Equal(expected.ServiceCodes, actual.ServiceCodes);
        Assert.Equal(expected.Keywords, actual.Keywords);
        Assert.Equal((expected.Area.Centre, expected.Area.RadiusMeters), (actual.Area.Centre, actual.Area.RadiusMeters));
        Assert.Equal(expected.Area.Streets, actual.Area.Streets);
        Assert.Equal(expected.Pinned, actual.Pinned);
        Assert.Equal(expected.Closing, actual.Closing);
        Assert.Equal(expected.Cases, actual.Cases);
        Assert.Equal(expected.History, actual.History);
    }
}
