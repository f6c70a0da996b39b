namespace CityCrm.Conversations.Portal;

/// <summary>
/// A phone number (E.164) or email a resident added on the portal and has not yet confirmed with the code sent to it.
/// It is not on the contact's profile, so nothing is sent to it but that code, and no one signs in with it.
/// </summary>
public sealed record PendingAddress(string ContactId, string Address, DateTimeOffset AddedAt)
{
    /// <summary>True for an email, false for a phone number.</summary>
    public bool IsEmail => ResidentAddress.IsEmail(Address);
}
