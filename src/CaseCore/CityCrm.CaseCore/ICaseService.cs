namespace CityCrm.CaseCore;

/// <summary>Opens and looks up cases; the reference is what residents quote ("R-100042").</summary>
public interface ICaseService
{
    Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken);

    /// <summary>The case, only when <paramref name="contactId"/> is the one who opened it; otherwise null.</summary>
    Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken);

    /// <summary>The case by reference, for agents.</summary>
    Task<Case?> FindAsync(string reference, CancellationToken cancellationToken);
}
