namespace CityCrm.Channels.DirectLine.Security;

/// <summary>
/// What a verified token grants: one user in one conversation until <see cref="ExpiresAt"/>.
/// A stream-only token (the one inside a streamUrl, which may end up in logs) can open the socket and nothing else.
/// </summary>
/// <param name="ConversationId">The only conversation the bearer may use.</param>
/// <param name="UserId">The resident's Direct Line user id; every posted activity is sent as this user.</param>
/// <param name="UserName">The display name given when the token was generated, if any.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
/// <param name="StreamOnly">True for the token in a streamUrl.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt, bool StreamOnly = false);
