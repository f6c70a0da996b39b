using CityCrm.CaseCore.Incidents;

namespace CityCrm.CaseCore.Tests.Incidents;

public sealed class IncidentTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Incident WaterMain(params string[] cases) => new("inc-1",
        new NewIncident("Water main break on Elm St", ["water-leak"], new IncidentArea(null, 0, ["Elm St"]),
            new IncidentMessage("We know about the water main break on Elm St; crews are on site.", "Sabemos de la rotura en Elm St."))
        {
            Cases = cases,
        }, "supervisor-1", T0);

    [Fact]
    public void Constructor_WithCases_IsActiveWithCasesLinkedAndHistory()
    {
        var incident = WaterMain("R-100001", "R-100002");

        Assert.True(incident.IsActive);
        Assert.Equal(["R-100001", "R-100002"], incident.Cases);
        Assert.Equal(["created", "linked", "linked"], incident.History.Select(h => h.Action));
    }

    [Fact]
    public void Constructor_NoServiceAndNoKeyword_Throws() =>
        Assert.Throws<ArgumentException>(() => new Incident("inc-1", new NewIncident("Storm", [], null, new IncidentMessage("Storm")), "sup", T0));

    [Fact]
    public void Link_SameCaseTwice_SecondIsFalseAndListedOnce()
    {
        var incident = WaterMain();

        Assert.True(incident.Link("R-100003", "sup", T0.AddMinutes(1)));
        Assert.False(incident.Link("R-100003", "sup", T0.AddMinutes(2)));
        Assert.Equal(["R-100003"], incident.Cases);
    }

    [Fact]
    public void Unlink_LinkedCase_RemovesItAndRecordsWho()
    {
        var incident = WaterMain("R-100001");

        Assert.True(incident.Unlink("R-100001", "sup-2", T0.AddMinutes(5)));

        Assert.Empty(incident.Cases);
        Assert.Equal(("sup-2", "unlinked", "R-100001"), (incident.History[^1].Actor, incident.History[^1].Action, incident.History[^1].Note));
    }

    [Fact]
    public void Close_Twice_SecondThrowsAndKeepsFirstClosing()
    {
        var incident = WaterMain();
        incident.Close(new IncidentMessage("Repaired."), "sup", T0.AddHours(4));

        Assert.Throws<IncidentTransitionException>(() => incident.Close(new IncidentMessage("Again."), "sup", T0.AddHours(5)));
        Assert.Equal("Repaired.", incident.Closing?.English);
        Assert.Equal(T0.AddHours(4), incident.ClosedAt);
        Assert.Equal(IncidentStatus.Closed, incident.Status);
    }

    [Fact]
    public void Link_AfterClose_Throws()
    {
        var incident = WaterMain();
        incident.Close(new IncidentMessage("Repaired."), "sup", T0.AddHours(4));

        Assert.Throws<IncidentTransitionException>(() => incident.Link("R-100009", "system", T0.AddHours(5)));
        Assert.Throws<IncidentTransitionException>(() => incident.Pin(new IncidentMessage("x"), "sup", T0.AddHours(5)));
    }

    [Fact]
    public void Pin_NewMessage_ReplacesPinned()
    {
        var incident = WaterMain();

        incident.Pin(new IncidentMessage("Water is back on by 6 pm."), "sup", T0.AddHours(1));

        Assert.Equal("Water is back on by 6 pm.", incident.Pinned.English);
        Assert.Null(incident.Pinned.Spanish);
        Assert.Equal("pinned", incident.History[^1].Action);
    }

    [Fact]
    public void Restore_FromSnapshot_KeepsEveryField()
    {
        var incident = WaterMain("R-100001");
        incident.Close(new IncidentMessage("Done", "Listo"), "sup", T0.AddHours(2));

        var restored = Incident.Restore(incident.ToSnapshot());

        Assert.Equal(incident.Cases, restored.Cases);
        Assert.Equal(incident.History, restored.History);
        Assert.Equal((incident.Status, incident.ClosedAt, incident.Closing, incident.Pinned), (restored.Status, restored.ClosedAt, restored.Closing, restored.Pinned));
    }

    [Theory]
    [InlineData("es", "Sabemos de la rotura en Elm St.")]
    [InlineData("es-MX", "Sabemos de la rotura en Elm St.")]
    [InlineData("en", "We know about the water main break on Elm St; crews are on site.")]
    [InlineData(null, "We know about the water main break on Elm St; crews are on site.")]
    public void MessageFor_Language_PicksTheResidentsLanguage(string? language, string expected) =>
        Assert.Equal(expected, WaterMain().Pinned.For(language));

    [Fact]
    public void MessageFor_SpanishWithoutSpanishText_FallsBackToEnglish() =>
        Assert.Equal("Only English", new IncidentMessage("Only English").For("es"));
}
