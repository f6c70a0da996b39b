namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// Finds open cases a new report probably duplicates: same service, near the same place, recent enough
/// (see <see cref="DuplicateOptions"/>). The conversation asks before filing; Open311 and incident tools may ask too.
/// </summary>
public interface IDuplicateFinder
{
    /// <summary>The likely duplicates, closest first (then newest); empty when there are none.</summary>
    Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateProbe probe, CancellationToken cancellationToken);
}
