using CityCrm.CaseCore.Approvals;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A change waiting for approval (or decided), as approvers and the agent who asked see it.</summary>
public sealed record CaseApprovalDto(
    string Id, string Reference, string Action, string? Note, string Role, string RequestedBy, DateTimeOffset RequestedAt,
    string State, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment)
{
    public static CaseApprovalDto From(CaseApproval a) => new(
        a.Id, a.Reference, a.Change.Action, a.Change.Note, a.Role, a.RequestedBy, a.RequestedAt,
        a.State.ToString().ToLowerInvariant(), a.DecidedBy, a.DecidedAt, a.Comment);
}
