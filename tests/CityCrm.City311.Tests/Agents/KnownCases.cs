using System.Collections.Concurrent;
using CityCrm.CaseCore;

namespace CityCrm.City311.Tests.Agents;

/// <summary>An in-memory case lookup the tests fill, so the agent API's case endpoint is tested on its own.</summary>
public sealed class KnownCases : ICaseService
{
    private readonly ConcurrentDictionary<string, Case> byReference = new(StringComparer.OrdinalIgnoreCase);

    public void Add(Case item) => byReference[item.Reference] = item;

    public Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The agent API never opens cases.");

    public Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken) =>
        Task.FromResult(byReference.TryGetValue(reference, out var found) && found.ContactId == contactId ? found : null);

    public Task<Case?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(byReference.GetValueOrDefault(reference));
}
