using System.Security.Cryptography;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.CaseCore.Approvals;

/// <summary>
/// Staff changes to a case, with the version the agent read: a stale version is a <see cref="CaseConflictException"/>,
/// never a lost update. A status change that a workflow rule gated waits for an approver of the gate's role (unless
/// the agent has the role); approving applies it as asked, and both outcomes alert whoever asked.
/// </summary>
public sealed class CaseWorkService(ICaseStore store, ICaseApprovalStore approvals, CaseAutomation automation, TimeProvider clock)
{
    /// <summary>
    /// Applies <paramref name="change"/> if the case is still at <paramref name="expectedVersion"/> (any version when null).
    /// Null when there is no such case; <see cref="CaseTransitionException"/> when the case's status refuses the change;
    /// <see cref="ArgumentException"/> for a malformed change.
    /// </summary>
    public async Task<CaseChangeResult?> ChangeAsync(string reference, int? expectedVersion, CaseChange change, CaseActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (CaseReference.Normalize(reference) is not { } canonical || await store.GetByReferenceAsync(canonical, cancellationToken) is not { } found)
            return null;
        if (expectedVersion is { } version && version != found.Version)
            throw new CaseConflictException($"Case {found.Reference} is at version {found.Version}, not {version}: someone changed it since you read it.");
        if (found.ApproverFor(change.Action) is { } role && !actor.Has(role))
            return new CaseChangeResult(found, await RequestApprovalAsync(found, change, role, actor, cancellationToken));
        var raised = Apply(found, change, actor.Id);
        await store.SaveAsync(found, cancellationToken);
        await automation.AfterSaveAsync(found, raised, cancellationToken);
        return new CaseChangeResult(found, null);
    }

    /// <summary>
    /// Approves or rejects a pending approval. Null when there is none with that id; <see cref="UnauthorizedAccessException"/>
    /// when the approver lacks its role; <see cref="CaseConflictException"/> when it was already decided. An approved
    /// change that the case's status no longer allows throws <see cref="CaseTransitionException"/> and stays pending.
    /// </summary>
    public async Task<(CaseApproval Approval, Case Case)?> DecideAsync(
        string approvalId, bool approve, CaseActor approver, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (await approvals.GetAsync(approvalId, cancellationToken) is not { } pending)
            return null;
        if (!approver.Has(pending.Role))
            throw new UnauthorizedAccessException($"Only someone with the {pending.Role} role can decide this approval.");
        if (pending.State != ApprovalState.Pending)
            throw new CaseConflictException($"This approval was already {pending.State.ToString().ToLowerInvariant()} by {pending.DecidedBy}.");
        var found = await store.GetByReferenceAsync(pending.Reference, cancellationToken)
            ?? throw new CaseConflictException($"Case {pending.Reference} no longer exists.");
        var now = clock.GetUtcNow();
        IReadOnlyList<CaseAlert> raised = [];
        if (approve)
        {
            // Checked against the case before the decision is recorded, so a refused change stays pending.
            raised = Apply(found, pending.Change, pending.RequestedBy, $" (approved by {approver.Id})");
        }
        var decision = approve ? ApprovalState.Approved : ApprovalState.Rejected;
        if (!await approvals.DecideAsync(pending.Id, decision, approver.Id, comment?.Trim(), now, cancellationToken))
            throw new CaseConflictException("Someone decided this approval first.");
        if (approve)
        {
            await store.SaveAsync(found, cancellationToken);
            await automation.AfterSaveAsync(found, raised, cancellationToken);
        }
        var decided = pending with { State = decision, DecidedBy = approver.Id, DecidedAt = now, Comment = comment?.Trim() };
        var verdict = approve ? "approved" : "rejected";
        await automation.PublishAsync([new CaseAlert(CaseAlert.ApprovalDecided, found.Reference, pending.RequestedBy,
            $"'{pending.Change.Action}' on case {found.Reference} was {verdict} by {approver.Id}" + (string.IsNullOrWhiteSpace(comment) ? "." : $": {comment.Trim()}"),
            "approval " + pending.Id)], cancellationToken);
        return (decided, found);
    }

    private async Task<CaseApproval> RequestApprovalAsync(Case found, CaseChange change, string role, CaseActor actor, CancellationToken cancellationToken)
    {
        // Checked now so that an approver is never asked for a change the case would refuse anyway.
        Apply(Case.Restore(found.ToSnapshot()), change, actor.Id);
        var approval = new CaseApproval(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), found.Reference, change, role,
            actor.Id, clock.GetUtcNow(), ApprovalState.Pending);
        await approvals.CreateAsync(approval, cancellationToken);
        await automation.PublishAsync([new CaseAlert(CaseAlert.ApprovalRequested, found.Reference, role,
            $"{actor.Id} asks to {change.Action} case {found.Reference}" + (string.IsNullOrWhiteSpace(change.Note) ? "." : $": {change.Note.Trim()}"),
            "approval " + approval.Id)], cancellationToken);
        return approval;
    }

    private IReadOnlyList<CaseAlert> Apply(Case c, CaseChange change, string actor, string suffix = "")
    {
        var now = clock.GetUtcNow();
        var note = change.Note?.Trim() ?? "";
        string Say(string fallback) => (note.Length > 0 ? note : fallback) + suffix;
        switch (change.Action)
        {
            case CaseActions.Accept: c.Accept(actor, Say("Accepted"), now); break;
            case CaseActions.Start: c.StartWork(actor, Say("Work started"), now); break;
            case CaseActions.Hold: c.Hold(actor, note.Length > 0 ? note : throw new ArgumentException("A hold needs a reason.", nameof(change)), now); break;
            case CaseActions.Resume: c.Resume(actor, Say("Resumed"), now); break;
            case CaseActions.Close:
                var code = string.IsNullOrWhiteSpace(change.ResolutionCode) ? Case.DefaultResolution : change.ResolutionCode.Trim().ToLowerInvariant();
                if (!automation.Engine.Document.ResolutionCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
                    throw new ArgumentException($"Unknown resolution code '{code}'; use one of {string.Join(", ", automation.Engine.Document.ResolutionCodes)}.", nameof(change));
                c.Close(actor, code, Say("Closed"), now);
                break;
            case CaseActions.Reopen: c.Reopen(actor, Say("Reopened"), now); break;
            case CaseActions.Assign: c.Assign(change.Queue, change.Person, actor, now); break;
            case CaseActions.Priority: c.SetPriority(change.Priority ?? throw new ArgumentException("Say which priority.", nameof(change)), actor, now); break;
            case CaseActions.Note: c.AddNote(actor, note, now); return [];
            case CaseActions.Task: c.TickTask(change.TaskId ?? "", change.Done, actor, now); break;
            default: throw new ArgumentException($"Unknown change '{change.Action}'.", nameof(change));
        }
        return automation.OnUpdating(c);
    }
}
