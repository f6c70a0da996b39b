using CityCrm.CaseCore.Incidents;

namespace CityCrm.CaseCore.Tests.Incidents;

public sealed class IncidentClustersTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly GeoPoint Elm = new(42.3601, -71.0589);
    private int number = 100001;

    private Case Report(string service, string location, GeoPoint? point = null, int minutes = 0)
    {
        var definition = CatalogFile.Catalog.Find(service)!;
        var request = new OpenCaseRequest(service, "Water everywhere", location, "contact-" + number, null, "webchat") { Point = point };
        return new Case("id" + number, CaseReference.Format(number++), definition, request, T0.AddMinutes(minutes));
    }

    private static GeoPoint North(GeoPoint from, double meters) => new(from.Latitude + meters / 111_195, from.Longitude);

    [Fact]
    public void Find_ThreeReportsWithin100Metres_OneClusterAroundThem()
    {
        var reports = new[]
        {
            Report("water-leak", "12 Elm St", Elm), Report("water-leak", "20 Elm St", North(Elm, 60), 10),
            Report("water-leak", "30 Elm St", North(Elm, 120), 20),
        };

        var cluster = Assert.Single(IncidentClusters.Find(reports, 250, 3));

        Assert.Equal("water-leak", cluster.ServiceCode);
        Assert.Equal(reports.Select(r => r.Reference), cluster.Cases);
        Assert.Equal(["Elm St"], cluster.Streets);
        Assert.True(cluster.Centre!.Value.DistanceMetersTo(North(Elm, 60)) < 5);
        Assert.True(cluster.RadiusMeters >= 250);
        Assert.Equal((T0, T0.AddMinutes(20)), (cluster.FirstReportedAt, cluster.LastReportedAt));
        Assert.Equal("Water leak or main break on Elm St", cluster.Title);
    }

    [Fact]
    public void Find_FarApartReports_NoCluster()
    {
        var reports = new[]
        {
            Report("water-leak", "a", Elm), Report("water-leak", "b", North(Elm, 1000)), Report("water-leak", "c", North(Elm, 2000)),
        };

        Assert.Empty(IncidentClusters.Find(reports, 250, 3));
    }

    [Fact]
    public void Find_DifferentServicesInOnePlace_NotOneCluster()
    {
        var reports = new[]
        {
            Report("water-leak", "12 Elm St", Elm), Report("water-leak", "14 Elm St", North(Elm, 20)), Report("pothole", "16 Elm St", North(Elm, 40)),
        };

        Assert.Empty(IncidentClusters.Find(reports, 250, 3));
    }

    [Fact]
    public void Find_AddressOnlyReports_ClusterByNormalizedStreet()
    {
        var reports = new[]
        {
            Report("fallen-tree", "12 Elm St"), Report("fallen-tree", "ELM STREET"), Report("fallen-tree", "corner of Elm Street and Oak Ave"),
            Report("fallen-tree", "450 Oak Ave"), Report("fallen-tree", "near the library"),
        };

        var cluster = Assert.Single(IncidentClusters.Find(reports, 250, 3));

        Assert.Equal(reports.Take(3).Select(r => r.Reference), cluster.Cases);
        Assert.Null(cluster.Centre);
        // Two of the three reports write it "Elm Street".
        Assert.Equal(["Elm Street"], cluster.Streets);
    }

    [Fact]
    public void Find_TwoSeparateGroups_TwoClustersLargestFirst()
    {
        var far = North(Elm, 5000);
        var reports = new[]
        {
            Report("water-leak", "a", Elm), Report("water-leak", "b", North(Elm, 10)), Report("water-leak", "c", North(Elm, 20)),
            Report("water-leak", "d", far), Report("water-leak", "e", North(far, 10)), Report("water-leak", "f", North(far, 20)),
            Report("water-leak", "g", North(far, 30)),
        };

        var clusters = IncidentClusters.Find(reports, 250, 3);

        Assert.Equal([4, 3], clusters.Select(c => c.Cases.Count));
        Assert.Empty(clusters[0].Cases.Intersect(clusters[1].Cases));
    }

    [Fact]
    public void Find_SameReportsTwice_SameKeyAndOtherReportsAnotherKey()
    {
        var first = IncidentClusters.Find([Report("pothole", "1 Elm St"), Report("pothole", "2 Elm St")], 250, 2)[0].Key;
        number = 100001;
        var again = IncidentClusters.Find([Report("pothole", "1 Elm St"), Report("pothole", "2 Elm St")], 250, 2)[0].Key;
        var other = IncidentClusters.Find([Report("pothole", "1 Elm St"), Report("pothole", "2 Elm St")], 250, 2)[0].Key;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
