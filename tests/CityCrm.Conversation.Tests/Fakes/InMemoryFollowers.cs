using CityCrm.CaseCore.Duplicates;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Followers kept in a list, with the store's one-row-per-case-contact-and-kind rule.</summary>
public sealed class InMemoryFollowers : ICaseFollowers
{
    public List<CaseFollower> All { get; } = [];

    public Task AddAsync(CaseFollower follower, CancellationToken cancellationToken)
    {
        All.RemoveAll(f => f.CaseReference == follower.CaseReference && f.ContactId == follower.ContactId && f.Kind == follower.Kind);
        All.Add(follower);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CaseFollower>> ListAsync(string caseReference, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseFollower>>(All.Where(f => f.CaseReference == caseReference).ToList());

    public Task<IReadOnlyList<CaseFollower>> DuplicatesOfAsync(string reportReference, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseFollower>>(All.Where(f => f.ReportReference == reportReference).ToList());
}
