namespace CityCrm.CaseCore.Tests;

public sealed class ServiceCatalogTests
{
    [Fact]
    public void Load_RealCatalogue_HasBetween18And25CompleteServices()
    {
        var services = CatalogFile.Catalog.Services;

        Assert.InRange(services.Count, 18, 25);
        Assert.All(services, s =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", s.Code);
            Assert.False(string.IsNullOrWhiteSpace(s.Name));
            Assert.False(string.IsNullOrWhiteSpace(s.Department));
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.True(s.Keywords.Count >= 5, $"{s.Code} needs more keywords");
        });
        Assert.Equal(services.Count, services.Select(s => s.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("pothole")]
    [InlineData("POTHOLE")]
    [InlineData(" missed-trash ")]
    public void Find_KnownCode_ReturnsService(string code) =>
        Assert.Equal(code.Trim().ToLowerInvariant(), CatalogFile.Catalog.Find(code)?.Code);

    [Fact]
    public void Find_UnknownCode_ReturnsNull() => Assert.Null(CatalogFile.Catalog.Find("space-debris"));

    [Fact]
    public void Parse_DuplicateCode_Throws()
    {
        const string json = """[{"code":"a","name":"A","department":"D","description":"","keywords":[]},{"code":"a","name":"B","department":"D","description":"","keywords":[]}]""";

        var e = Assert.Throws<ArgumentException>(() => ServiceCatalog.Parse(json));
        Assert.Contains("'a'", e.Message);
    }

    [Fact]
    public void Parse_MissingKeywords_ClassifiesByName()
    {
        const string json = """[{"code":"snow-not-plowed","name":"Snow not plowed","department":"Public Works","description":"Snow"}]""";

        var catalog = ServiceCatalog.Parse(json);

        Assert.Empty(catalog.Services[0].Keywords);
        Assert.Equal("snow-not-plowed", catalog.Classify("snow not plowed on my street")?.Service.Code);
    }

    [Fact]
    public void Load_MissingFile_ThrowsWithPath()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "catalog.json");

        var e = Assert.Throws<FileNotFoundException>(() => ServiceCatalog.Load(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Load_InvalidJson_ThrowsInvalidData()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[{\"code\": ");
            Assert.Throws<InvalidDataException>(() => ServiceCatalog.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Classify_KeywordWrittenApartOrTogether_MatchesBothWays()
    {
        var catalog = new ServiceCatalog([new ServiceDefinition("light", "Light", "PW", "", ["street light"]), new ServiceDefinition("hole", "Hole", "PW", "", ["streethole"])]);

        Assert.Equal("light", catalog.Classify("the streetlights are dark")?.Service.Code);
        Assert.Equal("hole", catalog.Classify("a street hole")?.Service.Code);
    }
}
