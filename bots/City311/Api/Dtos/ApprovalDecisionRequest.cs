namespace CityCrm.City311.Api.Dtos;

/// <summary>An approver's decision: the comment the agent who asked will read.</summary>
public sealed record ApprovalDecisionRequest(string? Comment)
{
    public const int MaxCommentLength = 500;
}
