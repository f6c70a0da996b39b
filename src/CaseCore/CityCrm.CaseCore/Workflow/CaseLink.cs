namespace CityCrm.CaseCore;

/// <summary>
/// Something a case is linked to: a conversation ("conversation", its id), a duplicate report ("duplicate", its
/// reference) or an incident ("incident", its id).
/// </summary>
public sealed record CaseLink(string Kind, string Target, DateTimeOffset At, string Actor);
