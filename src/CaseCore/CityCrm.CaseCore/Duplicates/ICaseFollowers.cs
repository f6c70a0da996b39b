namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// Residents attached to cases (reporters with their update preference, followers, linked duplicates), so a status
/// change can reach everyone who reported the problem. Implementations commit each call durably before returning.
/// </summary>
public interface ICaseFollowers
{
    /// <summary>
    /// Records an attachment. The same contact is attached to a case once per kind: adding again replaces the
    /// preference and note (a resident who follows twice is told once).
    /// </summary>
    Task AddAsync(CaseFollower follower, CancellationToken cancellationToken);

    /// <summary>Everyone attached to the case, oldest first.</summary>
    Task<IReadOnlyList<CaseFollower>> ListAsync(string caseReference, CancellationToken cancellationToken);

    /// <summary>The earlier cases a case was filed as a duplicate of (by its <see cref="CaseFollower.ReportReference"/>).</summary>
    Task<IReadOnlyList<CaseFollower>> DuplicatesOfAsync(string reportReference, CancellationToken cancellationToken);
}
