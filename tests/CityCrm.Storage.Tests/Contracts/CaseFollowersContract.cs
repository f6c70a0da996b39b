using CityCrm.CaseCore.Duplicates;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The case followers contract: one entry per contact and kind, listed per case oldest first, duplicates found from the new report.</summary>
public abstract class CaseFollowersContract : StoreContract<ICaseFollowers>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CaseFollower Follower(string reference, FollowerKind kind, string contact, UpdatePreference updates, string note, string? report = null, DateTimeOffset? at = null) =>
        new(reference, kind, contact, "conv-" + contact, "sms", updates, note, report, at ?? T0);

    [Fact]
    public async Task AddAsync_SameContactAndKindTwice_KeepsOneEntryWithTheNewPreferenceAndTheFirstTime()
    {
        await Store.AddAsync(Follower("R-100001", FollowerKind.Follower, "c1", UpdatePreference.Here, "deep hole"), None);
        await Store.AddAsync(Follower("R-100001", FollowerKind.Follower, "c1", UpdatePreference.None, "deep hole!", at: T0.AddHours(1)), None);

        var only = Assert.Single(await Store.ListAsync("R-100001", None));

        Assert.Equal((UpdatePreference.None, "deep hole!", T0), (only.Updates, only.Note, only.CreatedAt));
    }

    [Fact]
    public async Task ListAsync_SeveralKindsAndCases_ThatCasesEntriesOldestFirst()
    {
        await Store.AddAsync(Follower("R-100001", FollowerKind.Follower, "c2", UpdatePreference.Sms, "me too", at: T0.AddMinutes(5)), None);
        await Store.AddAsync(Follower("R-100001", FollowerKind.Reporter, "c1", UpdatePreference.Here, "pothole"), None);
        await Store.AddAsync(Follower("R-100001", FollowerKind.Follower, "c1", UpdatePreference.Email, "still there", at: T0.AddMinutes(9)), None);
        await Store.AddAsync(Follower("R-100002", FollowerKind.Reporter, "c3", UpdatePreference.Here, "other"), None);

        var listed = await Store.ListAsync("R-100001", None);

        Assert.Equal([("c1", FollowerKind.Reporter), ("c2", FollowerKind.Follower), ("c1", FollowerKind.Follower)], listed.Select(f => (f.ContactId, f.Kind)));
        Assert.Empty(await Store.ListAsync("R-100009", None));
    }

    [Fact]
    public async Task DuplicatesOfAsync_LinkedFromAnEarlierCase_FindsItFromTheNewReport()
    {
        var linked = Follower("R-100001", FollowerKind.Duplicate, "c2", UpdatePreference.Email, "hole", "R-100007");
        await Store.AddAsync(linked, None);
        await Store.AddAsync(Follower("R-100001", FollowerKind.Follower, "c1", UpdatePreference.Here, "deep hole"), None);

        Assert.Equal([linked], await Store.DuplicatesOfAsync("R-100007", None));
        Assert.Empty(await Store.DuplicatesOfAsync("R-100001", None));
    }

    [Fact]
    public async Task DuplicatesOfAsync_LinkMovedToAnotherReport_IsFoundOnlyFromTheNewOne()
    {
        await Store.AddAsync(Follower("R-100001", FollowerKind.Duplicate, "c2", UpdatePreference.Email, "hole", "R-100007"), None);

        await Store.AddAsync(Follower("R-100001", FollowerKind.Duplicate, "c2", UpdatePreference.Email, "hole", "R-100008"), None);

        Assert.Empty(await Store.DuplicatesOfAsync("R-100007", None));
        Assert.Equal("R-100008", Assert.Single(await Store.DuplicatesOfAsync("R-100008", None)).ReportReference);
    }

    [Fact]
    public async Task AddAsync_TenConcurrentAttachesOfOneResident_StoresOneEntry()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            Store.AddAsync(Follower("R-100003", FollowerKind.Follower, "c1", UpdatePreference.Here, "note " + i), None))));

        Assert.Single(await Store.ListAsync("R-100003", None));
    }
}
