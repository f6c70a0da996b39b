namespace CityCrm.CaseCore;

/// <summary>One item of a case's checklist; <see cref="DoneBy"/> and <see cref="DoneAt"/> are set while it is ticked.</summary>
public sealed record CaseTask(string Id, string Title, bool Done, string? DoneBy, DateTimeOffset? DoneAt);
