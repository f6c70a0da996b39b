namespace CityCrm.CaseCore;

/// <summary>Opens and looks up cases; the reference is what residents quote ("R-100042").</summary>
public interface ICaseService
{
    /// <summary>
    /// Validates and opens a case with the next reference. Throws <see cref="ArgumentException"/> for an
    /// unknown service code or an empty description, location, contact or channel.
    /// </summary>
    Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken);

    /// <summary>The case, only when <paramref name="contactId"/> is the one who opened it; otherwise null.</summary>
    Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken);

    /// <summary>The case by reference, for agents. References are matched loosely ("r-100001", "R 100001").</summary>
    Task<Case?> FindAsync(string reference, CancellationToken cancellationToken);
}
