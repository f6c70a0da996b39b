namespace CityCrm.Conversations.Portal;

/// <summary>How a request for a sign-in code ended (see <see cref="CodeRequestOutcome"/>).</summary>
public enum CodeRequestKind
{
    Accepted,
    Invalid,
    Limited,
}
