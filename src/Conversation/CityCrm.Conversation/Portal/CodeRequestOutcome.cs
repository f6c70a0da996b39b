namespace CityCrm.Conversations.Portal;

/// <summary>
/// The answer to a request for a sign-in code. <see cref="Accepted"/> is the same whether or not the address is
/// known, so the answer never tells who the city knows; only a malformed address or a rate limit differ.
/// </summary>
/// <param name="Kind">Accepted, invalid or limited.</param>
/// <param name="Field">For an invalid address: the field.</param>
/// <param name="Reason">For an invalid address: why it is not one.</param>
/// <param name="RetryAfter">For a limited request: how long to wait.</param>
public sealed record CodeRequestOutcome(CodeRequestKind Kind, string? Field = null, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static readonly CodeRequestOutcome Accepted = new(CodeRequestKind.Accepted);

    public static CodeRequestOutcome Invalid(string field, string reason) => new(CodeRequestKind.Invalid, field, reason);

    public static CodeRequestOutcome Limited(TimeSpan retryAfter) => new(CodeRequestKind.Limited, RetryAfter: retryAfter);
}
