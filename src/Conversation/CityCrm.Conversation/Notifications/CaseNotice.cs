namespace CityCrm.Conversations.Notifications;

/// <summary>Whether the resident was told of their request's update, and in a sentence for staff, how or why not.</summary>
public sealed record CaseNotice(bool Sent, string Detail);
