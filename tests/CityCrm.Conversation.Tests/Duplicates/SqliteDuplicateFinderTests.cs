using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Tests.Fakes;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Tests.Duplicates;

/// <summary>The duplicate finder over the real SQLite case store: same service, near, recent, still open.</summary>
public sealed class SqliteDuplicateFinderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private static readonly ServiceDefinition Light = new("streetlight-out", "Street light out", "Public Works", "Lights", ["light"]);
    private static readonly GeoPoint Here = new(42.3601, -71.0589);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(Now);
    private SqliteCaseStore store = null!;
    private DuplicateFinder finder = null!;
    private int number;

    public async Task InitializeAsync()
    {
        var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        store = new SqliteCaseStore(database, clock);
        finder = new DuplicateFinder(store, Options.Create(new DuplicateOptions { RadiusMeters = 100, WindowDays = 30 }), clock);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FindAsync_SameServiceWithinRadius_FoundWithItsDistance()
    {
        var near = await FileAsync(Pothole, "12 Elm Street", Here.Latitude + 0.0005, Here.Longitude, Now.AddDays(-2));
        await FileAsync(Pothole, "400 Oak Avenue", Here.Latitude + 0.01, Here.Longitude, Now.AddDays(-1));

        var found = Assert.Single(await finder.FindAsync(new DuplicateProbe("pothole", null, Here), CancellationToken.None));

        Assert.Equal(near.Reference, found.Case.Reference);
        Assert.InRange(found.DistanceMeters!.Value, 50, 60);
    }

    [Fact]
    public async Task FindAsync_OtherServiceOrClosedOrTooOld_NotFound()
    {
        await FileAsync(Light, "12 Elm Street", Here.Latitude, Here.Longitude, Now.AddDays(-1));
        await FileAsync(Pothole, "12 Elm Street", Here.Latitude, Here.Longitude, Now.AddDays(-31));
        var closed = await FileAsync(Pothole, "12 Elm Street", Here.Latitude, Here.Longitude, Now.AddDays(-1));
        closed.Close("crew", "Filled", Now);
        await store.SaveAsync(closed, CancellationToken.None);

        Assert.Empty(await finder.FindAsync(new DuplicateProbe("pothole", "12 Elm Street", Here), CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_AddressOnly_MatchesTheSameStreetWrittenAnotherWay()
    {
        var earlier = await FileAsync(Pothole, "Oak Ave & 3rd St", null, null, Now.AddDays(-3));
        await FileAsync(Pothole, "Oak Ave & 4th St", null, null, Now.AddDays(-3));

        var found = Assert.Single(await finder.FindAsync(new DuplicateProbe("pothole", "3rd Street and oak avenue", null), CancellationToken.None));

        Assert.Equal(earlier.Reference, found.Case.Reference);
        Assert.Null(found.DistanceMeters);
    }

    [Fact]
    public async Task FindAsync_SeveralNear_ClosestFirstAndAtMostTheConfiguredNumber()
    {
        var limited = new DuplicateFinder(store, Options.Create(new DuplicateOptions { RadiusMeters = 100, MaxShown = 2 }), clock);
        await FileAsync(Pothole, "a", Here.Latitude + 0.0008, Here.Longitude, Now.AddDays(-1));
        var closest = await FileAsync(Pothole, "b", Here.Latitude + 0.0001, Here.Longitude, Now.AddDays(-5));
        var second = await FileAsync(Pothole, "c", Here.Latitude + 0.0004, Here.Longitude, Now.AddDays(-1));

        var found = await limited.FindAsync(new DuplicateProbe("pothole", null, Here), CancellationToken.None);

        Assert.Equal([closest.Reference, second.Reference], found.Select(f => f.Case.Reference));
    }

    [Fact]
    public async Task Followers_AddedTwiceAndLinked_OneRowPerKindAndFoundFromTheNewCase()
    {
        var followers = new SqliteCaseFollowers(new SqliteDatabase(Path.Combine(folder, "citycrm.db")));
        await followers.AddAsync(new CaseFollower("R-100001", FollowerKind.Follower, "c1", "conv", "sms", UpdatePreference.Here, "deep hole", null, Now), CancellationToken.None);
        await followers.AddAsync(new CaseFollower("R-100001", FollowerKind.Follower, "c1", "conv", "sms", UpdatePreference.None, "deep hole!", null, Now), CancellationToken.None);
        await followers.AddAsync(new CaseFollower("R-100001", FollowerKind.Duplicate, "c2", null, "webchat", UpdatePreference.Email, "hole", "R-100007", Now), CancellationToken.None);

        var all = await followers.ListAsync("R-100001", CancellationToken.None);
        var linked = Assert.Single(await followers.DuplicatesOfAsync("R-100007", CancellationToken.None));

        Assert.Equal(2, all.Count);
        Assert.Equal((UpdatePreference.None, "deep hole!"), (all[0].Updates, all[0].Note));
        Assert.Equal(("R-100001", FollowerKind.Duplicate, "c2", Now), (linked.CaseReference, linked.Kind, linked.ContactId, linked.CreatedAt));
    }

    private async Task<Case> FileAsync(ServiceDefinition service, string location, double? latitude, double? longitude, DateTimeOffset at)
    {
        var request = new OpenCaseRequest(service.Code, "report", location, "contact", null, "sms")
        {
            Point = latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
        };
        var opened = new Case($"id{++number}", $"R-{100000 + number}", service, request, at);
        await store.CreateAsync(opened, CancellationToken.None);
        return opened;
    }
}
