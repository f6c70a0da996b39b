using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>A duplicate finder that reports the cases a test put in <see cref="Earlier"/> when service and place match.</summary>
public sealed class FakeDuplicates : IDuplicateFinder
{
    public List<Case> Earlier { get; } = [];

    public List<DuplicateProbe> Probes { get; } = [];

    public Task<IReadOnlyList<DuplicateCandidate>> FindAsync(DuplicateProbe probe, CancellationToken cancellationToken)
    {
        Probes.Add(probe);
        IReadOnlyList<DuplicateCandidate> found = Earlier
            .Where(c => c.ServiceCode == probe.ServiceCode && LocationKey.For(c.Location) == LocationKey.For(probe.Location))
            .Select(c => new DuplicateCandidate(c, null))
            .ToList();
        return Task.FromResult(found);
    }
}
