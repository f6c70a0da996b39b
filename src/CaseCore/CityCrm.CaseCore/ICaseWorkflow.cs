namespace CityCrm.CaseCore;

/// <summary>
/// Staff-side case work: a contact's cases for the agent console, and the status changes a
/// department makes. Kept apart from <see cref="ICaseService"/>, which residents' channels use.
/// </summary>
public interface ICaseWorkflow
{
    /// <summary>The contact's cases, newest first.</summary>
    Task<IReadOnlyList<Case>> ListForContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Marks an open case in progress. Null when there is no such case; <see cref="CaseTransitionException"/> when it is not open.</summary>
    Task<Case?> StartWorkAsync(string reference, string actor, string note, CancellationToken cancellationToken);

    /// <summary>Closes a case with its resolution. Null when there is no such case; <see cref="CaseTransitionException"/> when already closed.</summary>
    Task<Case?> CloseAsync(string reference, string actor, string resolution, CancellationToken cancellationToken);
}
