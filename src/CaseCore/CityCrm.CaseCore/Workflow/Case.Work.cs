using System.Globalization;

namespace CityCrm.CaseCore;

// The changes staff and workflow rules make to a case. Each one checks the case's status first and records itself
// in the history; a refused change throws CaseTransitionException and leaves the case as it was.
public sealed partial class Case
{
    public const string DefaultResolution = "resolved";
    public const int MaxTextLength = 2000;

    /// <summary>Routes a new case: it becomes open. Staff may also accept a case that has no routing rule.</summary>
    public void Accept(string actor, string note, DateTimeOffset now)
    {
        Require(CaseActions.Accept, CaseStatus.New);
        Move(CaseStatus.Open, CaseActions.Accept, actor, note, now);
    }

    /// <summary>A crew or department picks the case up; a new or open case can start.</summary>
    public void StartWork(string actor, string note, DateTimeOffset now)
    {
        if (Status is not (CaseStatus.New or CaseStatus.Open))
            throw new CaseTransitionException($"Case {Reference} is {Describe(Status)}; only a new or open case can start.");
        Move(CaseStatus.InProgress, CaseActions.Start, actor, note, now);
    }

    /// <summary>Puts the case on hold (waiting for a part, another agency, the resident) with the reason residents read.</summary>
    public void Hold(string actor, string reason, DateTimeOffset now)
    {
        Require(CaseActions.Hold, CaseStatus.New, CaseStatus.Open, CaseStatus.InProgress);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Move(CaseStatus.OnHold, CaseActions.Hold, actor, reason, now);
        HoldReason = reason.Trim();
    }

    /// <summary>Ends a hold: the case goes back to the status it had before.</summary>
    public void Resume(string actor, string note, DateTimeOffset now)
    {
        Require(CaseActions.Resume, CaseStatus.OnHold);
        var before = history.LastOrDefault(h => h.Status != CaseStatus.OnHold)?.Status ?? CaseStatus.Open;
        Move(before == CaseStatus.New ? CaseStatus.Open : before, CaseActions.Resume, actor, note, now);
        HoldReason = null;
    }

    /// <summary>Closes the case with the resolution residents will read, as "resolved".</summary>
    public void Close(string actor, string resolution, DateTimeOffset now) => Close(actor, DefaultResolution, resolution, now);

    /// <summary>Closes any case that is not closed yet, with a resolution code ("resolved", "duplicate", ...) and a note.</summary>
    public void Close(string actor, string resolutionCode, string resolution, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed)
            throw new CaseTransitionException($"Case {Reference} is already closed.");
        ArgumentException.ThrowIfNullOrWhiteSpace(resolutionCode);
        Move(CaseStatus.Closed, CaseActions.Close, actor, resolution, now);
        ResolutionCode = resolutionCode.Trim().ToLowerInvariant();
        HoldReason = null;
    }

    /// <summary>Opens a closed case again (the problem came back); the resolution code is cleared.</summary>
    public void Reopen(string actor, string note, DateTimeOffset now)
    {
        Require(CaseActions.Reopen, CaseStatus.Closed);
        Move(CaseStatus.Open, CaseActions.Reopen, actor, note, now);
        ResolutionCode = null;
    }

    /// <summary>Routes the case to a queue and/or a person; a new case that gets either becomes open.</summary>
    public void Assign(string? queue, string? assignee, string actor, DateTimeOffset now)
    {
        RequireNotClosed(CaseActions.Assign);
        var newQueue = string.IsNullOrWhiteSpace(queue) ? Queue : queue.Trim();
        var newAssignee = assignee is null ? Assignee : assignee.Trim() is { Length: > 0 } a ? a : null;
        var note = $"Queue {newQueue}" + (newAssignee is null ? ", no assignee" : $", assigned to {newAssignee}");
        Queue = newQueue;
        Assignee = newAssignee;
        Record(Status == CaseStatus.New ? CaseStatus.Open : Status, CaseActions.Assign, actor, note, now);
    }

    public void SetPriority(CasePriority priority, string actor, DateTimeOffset now)
    {
        if (!Enum.IsDefined(priority))
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority.");
        Priority = priority;
        Record(Status, CaseActions.Priority, actor, "Priority " + priority.ToString().ToLowerInvariant(), now);
    }

    /// <summary>Adds an internal note (staff only); the history says a note was added, not what it says.</summary>
    public CaseNote AddNote(string author, string text, DateTimeOffset now)
    {
        var body = Text(text, nameof(text));
        var note = new CaseNote("n" + (notes.Count + 1).ToString(CultureInfo.InvariantCulture), Later(now), author, body);
        notes.Add(note);
        Record(Status, CaseActions.Note, author, "Internal note added", now);
        return note;
    }

    /// <summary>Adds checklist items, skipping titles the checklist already has.</summary>
    public void AddTasks(IEnumerable<string> titles, string actor, DateTimeOffset now)
    {
        var added = titles.Select(t => t?.Trim() ?? "").Where(t => t.Length > 0)
            .Where(t => !tasks.Any(x => string.Equals(x.Title, t, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count == 0)
            return;
        foreach (var title in added)
            tasks.Add(new CaseTask("t" + (tasks.Count + 1).ToString(CultureInfo.InvariantCulture), title, false, null, null));
        Record(Status, CaseActions.Tasks, actor, "Checklist: " + string.Join("; ", added), now);
    }

    /// <summary>Ticks (or unticks) a checklist item; <see cref="ArgumentException"/> for an unknown item.</summary>
    public void TickTask(string taskId, bool done, string actor, DateTimeOffset now)
    {
        var index = tasks.FindIndex(t => t.Id == taskId);
        if (index < 0)
            throw new ArgumentException($"Case {Reference} has no task '{taskId}'.", nameof(taskId));
        now = Later(now);
        tasks[index] = tasks[index] with { Done = done, DoneBy = done ? actor : null, DoneAt = done ? now : null };
        Record(Status, CaseActions.Task, actor, (done ? "Done: " : "Not done: ") + tasks[index].Title, now);
    }

    /// <summary>Links a conversation, a duplicate report or an incident; linking the same thing twice changes nothing.</summary>
    public void Link(string kind, string target, string actor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        if (links.Any(l => l.Kind == kind && l.Target == target))
            return;
        links.Add(new CaseLink(kind, target, Later(now), actor));
        Record(Status, CaseActions.Link, actor, $"Linked {kind} {target}", now);
    }

    /// <summary>Makes a status change wait for someone with <paramref name="role"/> (see <see cref="CaseApprovalGate"/>).</summary>
    public void RequireApproval(string action, string role, string actor, DateTimeOffset now)
    {
        if (!CaseActions.Transitions.Contains(action))
            throw new ArgumentException($"'{action}' is not a status change ({string.Join(", ", CaseActions.Transitions)}).", nameof(action));
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        if (gates.Any(g => g.Action == action && g.Role == role))
            return;
        gates.Add(new CaseApprovalGate(action, role));
        Record(Status, CaseActions.Approval, actor, $"'{action}' needs approval by {role}", now);
    }

    /// <summary>The role that must approve <paramref name="action"/>, or null when it needs no approval.</summary>
    public string? ApproverFor(string action) => gates.FirstOrDefault(g => g.Action == action)?.Role;

    /// <summary>Marks the case escalated to a supervisor, with why.</summary>
    public void Escalate(string actor, string reason, DateTimeOffset now)
    {
        RequireNotClosed(CaseActions.Escalate);
        EscalatedAt = Later(now);
        Record(Status, CaseActions.Escalate, actor, "Escalated to a supervisor: " + Text(reason, nameof(reason)), now);
    }

    /// <summary>Sets the due time (from the SLA, or a supervisor's extension) and says so in the history.</summary>
    public void SetDue(DateTimeOffset? due, string actor, string note, DateTimeOffset now)
    {
        DueAt = due;
        Record(Status, CaseActions.Due, actor, note, now);
    }

    /// <summary>Records that a durable timer acted on the case, so that timer never acts twice.</summary>
    public void MarkTimer(string timerId, string actor, DateTimeOffset now) =>
        Record(Status, CaseActions.Timer, actor, "timer:" + timerId, now);

    public bool HasTimerFired(string timerId) =>
        history.Any(h => h.Action == CaseActions.Timer && h.Note == "timer:" + timerId);

    private void Require(string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new CaseTransitionException(
                $"Case {Reference} is {Describe(Status)}; '{action}' needs a case that is {string.Join(" or ", allowed.Select(Describe))}.");
    }

    private void RequireNotClosed(string action)
    {
        if (Status == CaseStatus.Closed)
            throw new CaseTransitionException($"Case {Reference} is closed; reopen it before '{action}'.");
    }

    private void Move(CaseStatus status, string action, string actor, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        Record(status, action, actor, Text(note, nameof(note)), now);
    }

    private void Record(CaseStatus status, string action, string actor, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        now = Later(now);
        Status = status;
        UpdatedAt = now;
        history.Add(new CaseHistoryEntry(now, actor, status, note) { Action = action });
    }

    // History is ordered; a clock that runs backwards must not make an update older than the last one.
    private DateTimeOffset Later(DateTimeOffset now) => now < UpdatedAt ? UpdatedAt : now;

    private static string Text(string text, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        var trimmed = text.Trim();
        return trimmed.Length <= MaxTextLength ? trimmed : throw new ArgumentException($"Keep it under {MaxTextLength} characters.", name);
    }
}
