using CityCrm.CaseCore.Tests.Fakes;

namespace CityCrm.CaseCore.Tests;

public sealed class CaseTests
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    private static Case NewCase() => new("c1", "R-100001", Pothole,
        new OpenCaseRequest("pothole", "Big pothole", "Elm Street", "contact-1", "conv-1", "directline"), T0);

    [Fact]
    public void Constructor_NewCase_IsNewWithOneHistoryEntry()
    {
        var c = NewCase();

        Assert.Equal(CaseStatus.New, c.Status);
        Assert.Equal("Pothole", c.ServiceName);
        Assert.Equal("Public Works", c.Department);
        var entry = Assert.Single(c.History);
        Assert.Equal(new CaseHistoryEntry(T0, "resident", CaseStatus.New, "Reported on directline") { Action = CaseActions.Reported }, entry);
        Assert.Equal(T0, c.UpdatedAt);
    }

    [Fact]
    public void Constructor_ServiceDiffersFromRequest_Throws()
    {
        var request = new OpenCaseRequest("graffiti", "Paint", "Elm Street", "contact-1", null, "web");

        Assert.Throws<ArgumentException>(() => new Case("c1", "R-100001", Pothole, request, T0));
    }

    [Fact]
    public void StartWork_OpenCase_MovesToInProgressAndRecordsHistory()
    {
        var c = NewCase();

        c.StartWork("crew-7", "Crew assigned", T0.AddHours(2));

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(T0.AddHours(2), c.UpdatedAt);
        Assert.Equal(new CaseHistoryEntry(T0.AddHours(2), "crew-7", CaseStatus.InProgress, "Crew assigned") { Action = CaseActions.Start }, c.History[^1]);
    }

    [Fact]
    public void Close_InProgressCase_ClosesWithResolution()
    {
        var c = NewCase();
        c.StartWork("crew-7", "Crew assigned", T0.AddHours(1));

        c.Close("crew-7", "Pothole filled", T0.AddHours(5));

        Assert.True(c.IsClosed);
        Assert.Equal(["Reported on directline", "Crew assigned", "Pothole filled"], c.History.Select(h => h.Note));
        Assert.Equal([CaseStatus.New, CaseStatus.InProgress, CaseStatus.Closed], c.History.Select(h => h.Status));
    }

    [Fact]
    public void Close_OpenCase_ClosesDirectly()
    {
        var c = NewCase();

        c.Close("agent-1", "Duplicate of R-100000", T0.AddMinutes(5));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(2, c.History.Count);
    }

    [Fact]
    public void Close_ClosedCase_ThrowsAndKeepsHistory()
    {
        var c = NewCase();
        c.Close("agent-1", "Fixed", T0.AddHours(1));

        var e = Assert.Throws<CaseTransitionException>(() => c.Close("agent-2", "Fixed again", T0.AddHours(2)));

        Assert.Contains("already closed", e.Message);
        Assert.Equal(2, c.History.Count);
        Assert.Equal(T0.AddHours(1), c.UpdatedAt);
    }

    [Fact]
    public void StartWork_ClosedCase_Throws()
    {
        var c = NewCase();
        c.Close("agent-1", "Fixed", T0.AddHours(1));

        Assert.Throws<CaseTransitionException>(() => c.StartWork("crew-7", "Going", T0.AddHours(2)));
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void StartWork_InProgressCase_Throws()
    {
        var c = NewCase();
        c.StartWork("crew-7", "Going", T0.AddHours(1));

        Assert.Throws<CaseTransitionException>(() => c.StartWork("crew-8", "Going too", T0.AddHours(2)));
        Assert.Equal(2, c.History.Count);
    }

    [Fact]
    public void Close_EmptyResolution_ThrowsAndStaysNew()
    {
        var c = NewCase();

        Assert.Throws<ArgumentException>(() => c.Close("agent-1", " ", T0.AddHours(1)));
        Assert.Equal(CaseStatus.New, c.Status);
    }

    [Fact]
    public void StartWork_ClockBehindLastUpdate_KeepsHistoryInOrder()
    {
        var c = NewCase();

        c.StartWork("crew-7", "Crew assigned", T0.AddMinutes(-3));

        Assert.Equal(T0, c.History[^1].At);
        Assert.Equal(T0, c.UpdatedAt);
    }

    [Fact]
    public void Restore_Snapshot_RoundTripsEveryField()
    {
        var c = NewCase();
        c.StartWork("crew-7", "Crew assigned", T0.AddHours(1));
        c.Version = 4;

        var restored = Case.Restore(c.ToSnapshot());

        Assert.Equal(c.ToSnapshot() with { History = [], Notes = [], Tasks = [], Links = [], Gates = [] },
            restored.ToSnapshot() with { History = [], Notes = [], Tasks = [], Links = [], Gates = [] });
        Assert.Equal(c.History, restored.History);
        Assert.Equal(c.Links, restored.Links);
    }

    [Fact]
    public void Restore_EmptyHistory_Throws()
    {
        var snapshot = NewCase().ToSnapshot() with { History = [] };

        Assert.Throws<ArgumentException>(() => Case.Restore(snapshot));
    }
}
