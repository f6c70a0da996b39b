namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Residents' satisfaction survey answers (1 to 5). No survey exists yet: <see cref="NoCsatSource"/> answers
/// with none, and the dashboard says "no data".
/// </summary>
public interface ICsatSource
{
    /// <summary>The answers given in the period, half-open.</summary>
    Task<IReadOnlyList<CsatAnswer>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
