namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// A resident attached to a case: its reporter, someone who reported the same problem and follows it, or the new
/// case filed anyway and linked to it. Nothing a resident said is lost: <see cref="Note"/> keeps their description.
/// </summary>
/// <param name="CaseReference">The case followed (canonical "R-100001").</param>
/// <param name="Kind">Reporter, follower or linked duplicate.</param>
/// <param name="ContactId">The resident.</param>
/// <param name="ConversationId">Where they reported, to update them there.</param>
/// <param name="Channel">The channel of that conversation.</param>
/// <param name="Updates">How they want to hear about the case.</param>
/// <param name="Note">Their own description of the problem.</param>
/// <param name="ReportReference">For a linked duplicate, the new case they filed.</param>
/// <param name="CreatedAt">When the link was made.</param>
public sealed record CaseFollower(
    string CaseReference,
    FollowerKind Kind,
    string ContactId,
    string? ConversationId,
    string Channel,
    UpdatePreference Updates,
    string Note,
    string? ReportReference,
    DateTimeOffset CreatedAt);
