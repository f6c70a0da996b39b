namespace CityCrm.City311.Api.Dtos;

/// <summary>A merge: what moved to the target, and until when it can be undone.</summary>
public sealed record ContactMergeDto(
    string Id, string SourceId, string TargetId, string Actor, DateTimeOffset At, DateTimeOffset UndoUntil, DateTimeOffset? UndoneAt,
    int Conversations, int Cases, int Consents, int Identities);
