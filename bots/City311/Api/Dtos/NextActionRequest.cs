namespace CityCrm.City311.Api.Dtos;

/// <summary>A next action to add: what, when it is due, and its owner's staff id (the signed-in agent when absent).</summary>
public sealed record NextActionRequest(string? Text, DateTimeOffset? DueAt, string? Owner);
