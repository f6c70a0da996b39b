namespace CityCrm.CaseCore.Workflow;

/// <summary>A durable timer: when <see cref="DueAt"/> passes, the rules for <see cref="Name"/> run on the case.</summary>
public sealed record CaseTimer(string Id, string Reference, string Name, DateTimeOffset DueAt);
