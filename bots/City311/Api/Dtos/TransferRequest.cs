namespace CityCrm.City311.Api.Dtos;

/// <summary>The body of <c>POST /api/agent/conversations/{id}/transfer</c>: to one agent or to one queue, with a note for staff.</summary>
/// <param name="AgentId">The agent to hand it to.</param>
/// <param name="Queue">The queue to put it in ("department/language"), when not to an agent.</param>
/// <param name="Note">Why, for the next person: an internal note in the transcript.</param>
public sealed record TransferRequest(string? AgentId, string? Queue, string? Note)
{
    /// <summary>The longest note accepted, in characters.</summary>
    public const int MaxNoteLength = 1000;
}
