using CityCrm.CaseCore.Sla;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Tests.Workflow;

public sealed class WorkflowEngineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", []) { Group = "Streets" };
    private static readonly ServiceDefinition Leak = new("water-leak", "Water leak", "Water", "Leaks", []) { Group = "Water", TargetResolution = TimeSpan.FromHours(8) };
    private static readonly ServiceCatalog Catalog = new([Pothole, Leak]);

    private static WorkflowEngine EngineFromFile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "workflow-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        try
        {
            var document = WorkflowDocument.Load(path);
            return new WorkflowEngine(document, Catalog, new SlaPolicy(new WorkingCalendar(document.Calendar), document.Targets));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Case Report(ServiceDefinition service, string description, GeoPoint? point = null, Dictionary<string, IReadOnlyList<string>>? answers = null) =>
        new("c1", "R-100001", service, new OpenCaseRequest(service.Code, description, "Elm Street", "contact-1", null, "web")
        {
            Point = point,
            Attributes = answers ?? new Dictionary<string, IReadOnlyList<string>>(),
        }, T0);

    private const string Rules = """
        {
          "calendar": { "timeZone": "UTC" },
          "rules": [
            { "name": "flooding", "on": "create", "when": { "services": ["water-leak"], "keywords": ["flooding", "main break"] },
              "then": [ { "do": "priority", "priority": "urgent" }, { "do": "notify-group", "group": "water-dispatch" } ] },
            { "name": "downtown", "on": "create", "when": { "groups": ["streets"], "area": [[42.35, -71.07], [42.36, -71.05]] },
              "then": [ { "do": "assign", "queue": "Downtown crew", "person": "agent-9" } ] },
            { "name": "deep", "on": "create", "when": { "attributes": { "DEPTH": ["deep", "very-deep"] } },
              "then": [ { "do": "tasks", "tasks": ["Cone it", "Fill it"] }, { "do": "require-approval", "role": "supervisor", "before": "close" } ] },
            { "name": "late", "on": "sla-breached", "when": {},
              "then": [ { "do": "escalate", "message": "late" }, { "do": "notify-requester", "message": "Sorry for the wait." } ] },
            { "name": "old-new", "on": "age", "when": { "olderThanHours": 48, "statuses": ["new"] },
              "then": [ { "do": "escalate" } ] }
          ]
        }
        """;

    [Fact]
    public void Run_KeywordInDescription_SetsPriorityAndAlertsGroup()
    {
        var c = Report(Leak, "Water is FLOODING the street");

        var alerts = EngineFromFile(Rules).Run(WorkflowTrigger.Create, c, T0);

        Assert.Equal(CasePriority.Urgent, c.Priority);
        var alert = Assert.Single(alerts);
        Assert.Equal((CaseAlert.Group, "water-dispatch", "rule flooding"), (alert.Kind, alert.To, alert.Source));
    }

    [Fact]
    public void Run_KeywordOnlyInsideAnotherWord_DoesNotMatch()
    {
        var c = Report(Leak, "A small drip by the overflooding drain");

        Assert.Empty(EngineFromFile(Rules).Run(WorkflowTrigger.Create, c, T0));
        Assert.Equal(CasePriority.Normal, c.Priority);
    }

    [Fact]
    public void Run_GroupAndPointInsideArea_AssignsAndOpens()
    {
        var inside = Report(Pothole, "Hole", new GeoPoint(42.355, -71.06));
        var outside = Report(Pothole, "Hole", new GeoPoint(42.38, -71.06));
        var engine = EngineFromFile(Rules);

        engine.Run(WorkflowTrigger.Create, inside, T0);
        engine.Run(WorkflowTrigger.Create, outside, T0);

        Assert.Equal(("Downtown crew", "agent-9", CaseStatus.Open), (inside.Queue, inside.Assignee, inside.Status));
        Assert.Equal(("Public Works", CaseStatus.New), (outside.Queue, outside.Status));
    }

    [Fact]
    public void Run_AttributeAnswerListed_AddsChecklistAndApprovalGate()
    {
        var c = Report(Pothole, "Hole", answers: new() { ["depth"] = ["very-deep"] });

        EngineFromFile(Rules).Run(WorkflowTrigger.Create, c, T0);

        Assert.Equal(["Cone it", "Fill it"], c.Tasks.Select(t => t.Title));
        Assert.Equal("supervisor", c.ApproverFor(CaseActions.Close));
    }

    [Fact]
    public void Run_SlaBreachedOnOpenCase_EscalatesOnceAndTellsRequester()
    {
        var c = Report(Leak, "Drip");
        var engine = EngineFromFile(Rules);

        var first = engine.Run(WorkflowTrigger.SlaBreached, c, T0.AddHours(9));
        var second = engine.Run(WorkflowTrigger.SlaBreached, c, T0.AddHours(10));

        Assert.Equal([CaseAlert.Escalation, CaseAlert.Requester], first.Select(a => a.Kind));
        Assert.Equal([CaseAlert.Requester], second.Select(a => a.Kind));
        Assert.Equal(T0.AddHours(9), c.EscalatedAt);
    }

    [Fact]
    public void Run_SlaBreachedOnClosedCase_DoesNothing()
    {
        var c = Report(Leak, "Drip");
        c.Close("agent-1", "Fixed", T0.AddHours(1));

        Assert.Empty(EngineFromFile(Rules).Run(WorkflowTrigger.SlaBreached, c, T0.AddHours(9)));
    }

    [Fact]
    public void TimersFor_CaseWithDueTimeAndAgeRule_NamesEachTimer()
    {
        var c = Report(Leak, "Drip");
        c.DueAt = T0.AddHours(8);

        var timers = EngineFromFile(Rules).TimersFor(c);

        Assert.Equal([(WorkflowTrigger.Sla75, T0.AddHours(6)), (WorkflowTrigger.SlaBreached, T0.AddHours(8)), ("age:old-new", T0.AddHours(48))], timers);
    }

    [Theory]
    [InlineData("""{ "rules": [ { "name": "x", "on": "sometime", "then": [] } ] }""", "sometime")]
    [InlineData("""{ "rules": [ { "name": "x", "on": "create", "then": [ { "do": "fly" } ] } ] }""", "fly")]
    [InlineData("""{ "rules": [ { "name": "x", "on": "age", "then": [] } ] }""", "olderThanHours")]
    [InlineData("""{ "rules": [ { "name": "x", "on": "create", "then": [ { "do": "require-approval", "role": "supervisor" } ] } ] }""", "status change")]
    public void Parse_MistakeInFile_NamesIt(string json, string expected) =>
        Assert.Contains(expected, Assert.Throws<InvalidOperationException>(() => WorkflowDocument.Parse(json)).Message);

    [Fact]
    public void Load_DemoCityWorkflowFile_RoutesSignalsAsUrgentWithChecklist()
    {
        var document = WorkflowDocument.Load(Path.Combine(Path.GetDirectoryName(CatalogFile.Path)!, "workflow.json"));
        var engine = new WorkflowEngine(document, CatalogFile.Catalog, new SlaPolicy(new WorkingCalendar(document.Calendar), document.Targets));
        var signal = CatalogFile.Catalog.Find("traffic-signal")!;
        var c = new Case("c1", "R-100001", signal, new OpenCaseRequest("traffic-signal", "Light stuck on red", "Main and 1st", "contact-1", null, "web"), T0);

        engine.Run(WorkflowTrigger.Create, c, T0);

        Assert.Equal((CaseStatus.Open, CasePriority.Urgent, "Transportation - Signal Repair"), (c.Status, c.Priority, c.Queue));
        Assert.Equal(3, c.Tasks.Count);
        Assert.Equal(new TimeOnly(8, 0), document.Calendar.Opens);
        Assert.Contains(new DateOnly(2026, 12, 25), document.Calendar.Holidays);
    }
}
