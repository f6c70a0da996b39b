namespace CityCrm.City311.Api.Dtos.Privacy;

/// <summary>What an erasure removed: counts only.</summary>
public sealed record ErasureDto(string ContactId, string RequestReference, DateTimeOffset ErasedAt, int Conversations, int Messages, int Cases);
