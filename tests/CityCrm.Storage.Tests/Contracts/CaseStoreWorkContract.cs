using CityCrm.CaseCore;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="ICaseStore"/> contract for case work: routing, priority, holds, notes, checklist, links, gates, queue queries.</summary>
public abstract class CaseStoreWorkContract : StoreContract<ICaseStore>
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(-5));

    private async Task<Case> CreateAsync(DateTimeOffset at, DateTimeOffset? due = null)
    {
        var number = await Store.NextNumberAsync(None);
        var request = new OpenCaseRequest("pothole", "Deep pothole", "12 Main St", "contact-1", "conv-1", "web");
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(number), Pothole, request, at) { DueAt = due };
        await Store.CreateAsync(opened, None);
        return opened;
    }

    [Fact]
    public async Task SaveAsync_EveryWorkField_RoundTrips()
    {
        var c = await CreateAsync(T0);
        c.Assign("Downtown crew", "agent-7", "workflow", T0.AddMinutes(1));
        c.SetPriority(CasePriority.Urgent, "workflow", T0.AddMinutes(1));
        c.AddNote("agent-7", "Call the resident \"back\" <b>", T0.AddMinutes(2));
        c.AddTasks(["Cone", "Fill"], "workflow", T0.AddMinutes(2));
        c.TickTask("t1", true, "agent-7", T0.AddMinutes(3));
        c.Link("duplicate", "R-100009", "agent-7", T0.AddMinutes(4));
        c.RequireApproval(CaseActions.Close, "supervisor", "workflow", T0.AddMinutes(4));
        c.Escalate("workflow", "late", T0.AddMinutes(5));
        c.Hold("agent-7", "Waiting for asphalt", T0.AddMinutes(6));
        await Store.SaveAsync(c, None);

        var read = (await Store.GetByReferenceAsync(c.Reference, None))!;

        Assert.Equal((CaseStatus.OnHold, "Waiting for asphalt", CasePriority.Urgent, "Downtown crew", "agent-7", T0.AddMinutes(5)),
            (read.Status, read.HoldReason, read.Priority, read.Queue, read.Assignee, read.EscalatedAt));
        Assert.Equal(c.Notes, read.Notes);
        Assert.Equal(c.Tasks, read.Tasks);
        Assert.Equal(c.Links, read.Links);
        Assert.Equal(c.Gates, read.Gates);
        Assert.Equal(c.History, read.History);
        Assert.Equal(1, read.Version);
    }

    [Fact]
    public async Task SaveAsync_ClosedWithCode_KeepsResolutionCode()
    {
        var c = await CreateAsync(T0);
        c.Close("agent-7", "duplicate", "Same as R-100009", T0.AddHours(1));
        await Store.SaveAsync(c, None);

        Assert.Equal("duplicate", (await Store.GetByReferenceAsync(c.Reference, None))!.ResolutionCode);
    }

    [Fact]
    public async Task SaveAsync_TwoAgentsSameVersion_SecondConflictsAndFirstWins()
    {
        var c = await CreateAsync(T0);
        var first = (await Store.GetByReferenceAsync(c.Reference, None))!;
        var second = (await Store.GetByReferenceAsync(c.Reference, None))!;
        first.Assign(null, "agent-1", "agent-1", T0.AddMinutes(1));
        second.Assign(null, "agent-2", "agent-2", T0.AddMinutes(1));

        await Store.SaveAsync(first, None);
        await Assert.ThrowsAsync<CaseConflictException>(() => Store.SaveAsync(second, None));

        Assert.Equal("agent-1", (await Store.GetByReferenceAsync(c.Reference, None))!.Assignee);
    }

    [Fact]
    public async Task QueryAsync_QueueAssigneeAndDueBefore_Filter()
    {
        var mine = await CreateAsync(T0, due: T0.AddHours(2));
        mine.Assign("Downtown crew", "agent-7", "workflow", T0);
        await Store.SaveAsync(mine, None);
        var other = await CreateAsync(T0.AddMinutes(1), due: T0.AddDays(2));
        var undue = await CreateAsync(T0.AddMinutes(2));

        Assert.Equal([mine.Reference], (await Store.QueryAsync(new CaseQuery { Queues = ["Downtown crew"] }, None)).Select(c => c.Reference));
        Assert.Equal([undue.Reference, other.Reference], (await Store.QueryAsync(new CaseQuery { Queues = ["Public Works"] }, None)).Select(c => c.Reference));
        Assert.Equal([mine.Reference], (await Store.QueryAsync(new CaseQuery { Assignee = "agent-7" }, None)).Select(c => c.Reference));
        Assert.Equal([mine.Reference], (await Store.QueryAsync(new CaseQuery { DueBefore = T0.AddHours(3) }, None)).Select(c => c.Reference));
    }
}
