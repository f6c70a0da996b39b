namespace CityCrm.CaseCore;

/// <summary>
/// Persistence of cases. Implementations commit each call durably before returning; they store
/// references exactly as given (the canonical "R-100001" form, see <see cref="CaseReference"/>).
/// </summary>
public interface ICaseStore
{
    /// <summary>The next case number: unique and increasing even under concurrent calls, starting at <see cref="CaseReference.FirstNumber"/>.</summary>
    Task<long> NextNumberAsync(CancellationToken cancellationToken);

    /// <summary>Inserts a new case; throws <see cref="CaseConflictException"/> when its id or reference already exists.</summary>
    Task CreateAsync(Case @case, CancellationToken cancellationToken);

    Task<Case?> GetByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a changed case if nobody saved it since it was read (its <see cref="Case.Version"/>), then bumps
    /// the version; otherwise throws <see cref="CaseConflictException"/> and changes nothing.
    /// </summary>
    Task SaveAsync(Case @case, CancellationToken cancellationToken);

    /// <summary>The contact's cases, newest first.</summary>
    Task<IReadOnlyList<Case>> ListByContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Cases matching every condition of the query, newest first, one page of it.</summary>
    Task<IReadOnlyList<Case>> QueryAsync(CaseQuery query, CancellationToken cancellationToken);
}
