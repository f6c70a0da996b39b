namespace CityCrm.Conversations.Supervision;

/// <summary>One survey answer: 1 (very unsatisfied) to 5 (very satisfied).</summary>
public sealed record CsatAnswer(DateTimeOffset At, string Channel, int Score);
