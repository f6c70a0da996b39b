using System.Text.Json;
using CityCrm.CaseCore.Streets;

namespace CityCrm.CaseCore.Tests.Streets;

public sealed class StreetGazetteerTests
{
    [Fact]
    public void Load_DemoFile_EveryBlockLiesInsideTheConfiguredBoundary()
    {
        var settings = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(StreetFile.Path)!, "..", "appsettings.json")));
        var boundary = new CityBoundary(settings.RootElement.GetProperty("Cases").GetProperty("Boundary").EnumerateArray()
            .Select(c => new GeoPoint(c[0].GetDouble(), c[1].GetDouble())));

        var ends = StreetFile.Gazetteer.Streets.SelectMany(s => s.Segments).SelectMany(s => new[] { s.Start, s.End }).ToList();

        Assert.InRange(StreetFile.Gazetteer.Streets.Count, 40, 80);
        Assert.All(ends, p => Assert.True(boundary.Contains(p), $"{p} is outside the city"));
    }

    [Theory]
    [InlineData("Elm Street", "Main Street", true)]
    [InlineData("Birch Lane", "4th Street", true)]
    [InlineData("Elm Street", "Spruce Street", false)]
    [InlineData("Birch Lane", "1st Street", false)]
    public void Crossing_TwoStreets_IsFoundOnlyWhereTheyMeet(string a, string b, bool meet)
    {
        var gazetteer = StreetFile.Gazetteer;

        var point = gazetteer.Crossing(gazetteer.Streets.Single(s => s.FullName == a), gazetteer.Streets.Single(s => s.FullName == b));

        Assert.Equal(meet, point is not null);
    }

    [Fact]
    public void Load_BlockWithoutCoordinates_IsRefused()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllText(path, """{"streets":[{"name":"Elm","type":"Street","segments":[{"from":1,"to":99,"start":[42.3]}]}]}""");
        try
        {
            Assert.Throws<InvalidDataException>(() => StreetGazetteer.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_IsEmpty() =>
        Assert.Empty(StreetGazetteer.Load(System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid() + ".json")).Streets);
}
