namespace CityCrm.Conversations.Portal;

/// <summary>
/// The answer to a code typed on the portal: the contact signed in, or refused with a reason that never says
/// whether the address is known (a wrong code and an address without one read alike).
/// </summary>
public sealed record SignInOutcome(string? ContactId, string? Reason, int? AttemptsLeft = null)
{
    public bool SignedIn => ContactId is not null;

    public static SignInOutcome Success(string contactId) => new(contactId, null);

    public static SignInOutcome Refused(string reason, int? attemptsLeft = null) => new(null, reason, attemptsLeft);
}
