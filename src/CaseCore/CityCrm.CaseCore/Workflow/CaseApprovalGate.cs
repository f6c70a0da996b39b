namespace CityCrm.CaseCore;

/// <summary>
/// A change (one of <see cref="CaseActions.Transitions"/>) that someone with <see cref="Role"/> must approve before it
/// happens; a workflow rule adds it, and it stays for the life of the case.
/// </summary>
public sealed record CaseApprovalGate(string Action, string Role);
