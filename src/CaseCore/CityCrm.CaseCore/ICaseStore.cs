namespace CityCrm.CaseCore;

/// <summary>Persistence of cases.</summary>
public interface ICaseStore
{
    /// <summary>The next case number, unique and increasing (used in the reference).</summary>
    Task<long> NextNumberAsync(CancellationToken cancellationToken);

    Task CreateAsync(Case @case, CancellationToken cancellationToken);

    Task<Case?> GetByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Saves a changed case if its version is unchanged since read; otherwise throws a conflict.</summary>
    Task SaveAsync(Case @case, CancellationToken cancellationToken);

    Task<IReadOnlyList<Case>> ListByContactAsync(string contactId, CancellationToken cancellationToken);
}
