namespace CityCrm.Conversations.Portal;

/// <summary>
/// One request for a portal sign-in code, as stored: the address and the caller's IP only as keyed hashes, the
/// contact and the code's hash when the address is known (an unknown address is kept too, without either, so the
/// rate limits count it the same), when it expires, how many codes were tried against it, and when it was used.
/// </summary>
public sealed record ResidentCode
{
    public long Id { get; init; }
    public required string AddressKey { get; init; }
    public required string IpKey { get; init; }

    /// <summary>The contact the address belongs to; null when the city does not know the address.</summary>
    public string? ContactId { get; init; }

    /// <summary>SHA-256 of the row's salt and the code, hex; null when no code was sent.</summary>
    public string? CodeHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? UsedAt { get; init; }
}
