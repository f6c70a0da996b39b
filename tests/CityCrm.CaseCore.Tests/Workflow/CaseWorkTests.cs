namespace CityCrm.CaseCore.Tests.Workflow;

public sealed class CaseWorkTests
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    private static Case NewCase() => new("c1", "R-100001", Pothole,
        new OpenCaseRequest("pothole", "Big pothole", "Elm Street", "contact-1", "conv-1", "directline"), T0);

    [Fact]
    public void Constructor_NewCase_QueuesInDepartmentAndLinksConversation()
    {
        var c = NewCase();

        Assert.Equal("Public Works", c.Queue);
        Assert.Null(c.Assignee);
        Assert.Equal(CasePriority.Normal, c.Priority);
        Assert.Equal(new CaseLink("conversation", "conv-1", T0, "resident"), Assert.Single(c.Links));
    }

    [Fact]
    public void Assign_NewCase_BecomesOpenWithQueueAndPerson()
    {
        var c = NewCase();

        c.Assign("Streets crew", "agent-7", "supervisor-1", T0.AddMinutes(5));

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal("Streets crew", c.Queue);
        Assert.Equal("agent-7", c.Assignee);
        Assert.Equal((CaseActions.Assign, "supervisor-1", CaseStatus.Open), (c.History[^1].Action, c.History[^1].Actor, c.History[^1].Status));
    }

    [Fact]
    public void Hold_InProgressCase_KeepsReasonAndResumeReturnsToInProgress()
    {
        var c = NewCase();
        c.StartWork("crew-7", "On it", T0.AddHours(1));

        c.Hold("crew-7", "Waiting for the gas company", T0.AddHours(2));
        Assert.Equal(CaseStatus.OnHold, c.Status);
        Assert.Equal("Waiting for the gas company", c.HoldReason);

        c.Resume("crew-7", "Gas company done", T0.AddHours(3));
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Null(c.HoldReason);
    }

    [Fact]
    public void Resume_HeldWhileNew_GoesToOpen()
    {
        var c = NewCase();
        c.Hold("agent-1", "Asked the resident for a photo", T0.AddMinutes(1));

        c.Resume("agent-1", "Photo received", T0.AddMinutes(9));

        Assert.Equal(CaseStatus.Open, c.Status);
    }

    [Fact]
    public void Hold_ClosedCase_ThrowsAndKeepsStatus()
    {
        var c = NewCase();
        c.Close("agent-1", "duplicate", "Same as R-100000", T0.AddMinutes(1));

        Assert.Throws<CaseTransitionException>(() => c.Hold("agent-1", "Wait", T0.AddMinutes(2)));
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal("duplicate", c.ResolutionCode);
    }

    [Fact]
    public void StartWork_OnHoldCase_Throws()
    {
        var c = NewCase();
        c.Hold("agent-1", "Waiting", T0.AddMinutes(1));

        Assert.Throws<CaseTransitionException>(() => c.StartWork("crew-7", "Go", T0.AddMinutes(2)));
    }

    [Fact]
    public void Reopen_ClosedCase_OpensAndClearsResolution()
    {
        var c = NewCase();
        c.Close("agent-1", "Filled", T0.AddHours(1));
        Assert.Equal(Case.DefaultResolution, c.ResolutionCode);

        c.Reopen("agent-1", "The hole is back", T0.AddDays(3));

        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Null(c.ResolutionCode);
        Assert.Throws<CaseTransitionException>(() => c.Reopen("agent-1", "Again", T0.AddDays(4)));
    }

    [Fact]
    public void AddNote_Text_IsKeptButNotInHistory()
    {
        var c = NewCase();

        var note = c.AddNote("agent-1", "Resident sounded upset; call back", T0.AddMinutes(3));

        Assert.Equal(new CaseNote("n1", T0.AddMinutes(3), "agent-1", "Resident sounded upset; call back"), Assert.Single(c.Notes));
        Assert.Equal("n1", note.Id);
        Assert.DoesNotContain(c.History, h => h.Note.Contains("upset", StringComparison.Ordinal));
        Assert.Equal(CaseActions.Note, c.History[^1].Action);
    }

    [Fact]
    public void TickTask_AddedChecklist_MarksDoneWithWhoAndWhen()
    {
        var c = NewCase();
        c.AddTasks(["Cone off the hole", "Fill", "cone off the hole"], "workflow", T0);

        c.TickTask("t2", true, "crew-7", T0.AddHours(4));

        Assert.Equal(["Cone off the hole", "Fill"], c.Tasks.Select(t => t.Title));
        Assert.Equal(new CaseTask("t2", "Fill", true, "crew-7", T0.AddHours(4)), c.Tasks[1]);
        Assert.False(c.Tasks[0].Done);
        Assert.Throws<ArgumentException>(() => c.TickTask("t9", true, "crew-7", T0.AddHours(5)));
    }

    [Fact]
    public void SetPriority_Urgent_RecordsWhoChangedIt()
    {
        var c = NewCase();

        c.SetPriority(CasePriority.Urgent, "supervisor-1", T0.AddMinutes(2));

        Assert.Equal(CasePriority.Urgent, c.Priority);
        Assert.Equal(("supervisor-1", "Priority urgent"), (c.History[^1].Actor, c.History[^1].Note));
    }

    [Fact]
    public void RequireApproval_Close_NamesTheRoleOnce()
    {
        var c = NewCase();

        c.RequireApproval(CaseActions.Close, "supervisor", "workflow", T0);
        c.RequireApproval(CaseActions.Close, "supervisor", "workflow", T0);

        Assert.Equal("supervisor", c.ApproverFor(CaseActions.Close));
        Assert.Null(c.ApproverFor(CaseActions.Start));
        Assert.Single(c.Gates);
        Assert.Throws<ArgumentException>(() => c.RequireApproval(CaseActions.Note, "supervisor", "workflow", T0));
    }

    [Fact]
    public void RestoreFromSnapshot_EveryNewField_RoundTrips()
    {
        var c = NewCase();
        c.Assign("Streets", "agent-7", "workflow", T0);
        c.SetPriority(CasePriority.High, "workflow", T0);
        c.AddNote("agent-7", "Note", T0);
        c.AddTasks(["Fill"], "workflow", T0);
        c.RequireApproval(CaseActions.Close, "supervisor", "workflow", T0);
        c.Escalate("workflow", "late", T0);
        c.Hold("agent-7", "Parts", T0);

        var back = Case.Restore(c.ToSnapshot());

        Assert.Equal((c.Queue, c.Assignee, c.Priority, c.HoldReason, c.EscalatedAt, c.Status), (back.Queue, back.Assignee, back.Priority, back.HoldReason, back.EscalatedAt, back.Status));
        Assert.Equal(c.Notes, back.Notes);
        Assert.Equal(c.Tasks, back.Tasks);
        Assert.Equal(c.Gates, back.Gates);
        Assert.Equal(c.History, back.History);
    }
}
