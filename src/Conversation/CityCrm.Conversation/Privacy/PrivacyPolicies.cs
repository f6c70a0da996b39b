namespace CityCrm.Conversations.Privacy;

/// <summary>
/// Who may do what with personal data in bulk: supervisors and admins (the records role) place and release holds and
/// export records; only admins erase, which cannot be undone.
/// </summary>
public static class PrivacyPolicies
{
    /// <summary>Erasure on request: admins only.</summary>
    public const string Admin = "privacy-admin";
}
