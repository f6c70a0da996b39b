using CityCrm.CaseCore.Catalog;

namespace CityCrm.CaseCore.Tests.Catalog;

/// <summary>Loading Boston's and Washington DC's real Open311 catalogues.</summary>
public sealed class CatalogOpen311LoaderTests
{
    private static readonly ServiceCatalog Boston = ServiceCatalog.Load(
        SharedData.Boston("services.json"), [SharedData.Boston("metadata-definitions.json")], null);

    [Fact]
    public void Load_BostonServices_Has118WithDepartmentGroupAndKeywords()
    {
        Assert.Equal(118, Boston.Services.Count);
        var vehicle = Boston.Find("ABNDVHCL")!;
        Assert.Equal("Vehicle abandoned on the street", vehicle.Name);
        Assert.Equal("Traffic-Vehicles", vehicle.Group);
        Assert.Equal("Transportation-AVRS-Enforcement", vehicle.Department);
        Assert.Equal(["Abandoned Vehicle", "Parking Enforcement", "Ilegally Parked"], vehicle.Keywords);
    }

    [Fact]
    public void Load_BostonKeywordsWithSemicolons_SplitsThem()
    {
        Assert.Equal(["Environment", "Bird infestation", "Pigeon infestation", "Pigeon droppings"], Boston.Find("BIRDINFEST")!.Keywords);
    }

    [Fact]
    public void Load_BostonDefinitions_AttachesAttributesInOrderWithValues()
    {
        var cemetery = Boston.Find("CEMTRYMAIN")!;

        Assert.Equal(["SR-CEMTRYMAIN1", "SR-CEMTRYMAIN5"], cemetery.Attributes.Select(a => a.Code));
        var issue = cemetery.Attributes[0];
        Assert.Equal("What is the issue?", issue.Description);
        Assert.Equal(AttributeDatatype.SingleValueList, issue.Datatype);
        Assert.True(issue.Required);
        Assert.Contains(issue.Values, v => v.Key == "Vandalized Headstone");
        Assert.Equal(TimeSpan.FromDays(5), cemetery.TargetResolution);
        Assert.Equal("business-hours", cemetery.Calendar);
    }

    [Fact]
    public void Load_BostonDependency_BecomesConditionThatHoldsOnTheAnswer()
    {
        var other = Boston.Find("BIRDINFEST")!.Attributes.Single(a => a.Code == "ST-OTHER");

        Assert.NotNull(other.Condition);
        Assert.Equal("OR", other.Condition.Clause);
        Assert.Equal(new AttributeRule("SR-BIRDINFEST2", "eq", "Other"), Assert.Single(other.Condition.Rules));
        Assert.True(other.AppliesTo(new Dictionary<string, IReadOnlyList<string>> { ["SR-BIRDINFEST2"] = ["Other"] }));
        Assert.False(other.AppliesTo(new Dictionary<string, IReadOnlyList<string>> { ["SR-BIRDINFEST2"] = ["Roof"] }));
    }

    [Fact]
    public void Load_BostonInformationalAttribute_IsNotAsked()
    {
        var info = Boston.Find("MTRECYDBI")!.Attributes.Single(a => a.Code == "TRSHHHITMS");

        Assert.False(info.Variable);
        Assert.Equal(AttributeDatatype.Text, info.Datatype);
    }

    [Fact]
    public void Load_BostonGeneralRequest_NeedsNoLocation()
    {
        Assert.False(Boston.Find("BOS311GEN")!.LocationRequired);
        Assert.True(Boston.Find("BIRDINFEST")!.LocationRequired);
    }

    [Fact]
    public void Load_DcXmlWithPotholeDefinition_ReadsServicesAndAttributes()
    {
        var dc = ServiceCatalog.Load(SharedData.Dc("dc-services.xml"), [SharedData.Dc("dc-services-S0301.xml")], null);

        Assert.Equal(86, dc.Services.Count);
        var vehicle = dc.Find("S0000")!;
        Assert.Equal("Abandoned Vehicle - On Public Property", vehicle.Name);
        Assert.Equal("Prkg Svcs - Abandoned Vehicle Operations - Public", vehicle.Group);
        var pothole = dc.Find("S0301")!;
        Assert.Equal("WHISPOLO", pothole.Attributes[0].Code);
        Assert.True(pothole.Attributes[0].Required);
        Assert.Equal([new AttributeValue("ALLEY002", "Alley"), new AttributeValue("STREE001", "Street")], pothole.Attributes[0].Values);
        Assert.False(pothole.Attributes.Single(a => a.Code == "NOTE001").Variable);
    }

    [Fact]
    public void ReadServices_NoDepartment_FallsBackToGroup()
    {
        var services = Open311CatalogReader.ReadServices("""[{"service_code":"X1","service_name":"X","description":"d","group":"Streets","keywords":"a, b"}]""");

        Assert.Equal("Streets", Assert.Single(services).Department);
        Assert.Equal(["a", "b"], services[0].Keywords);
    }
}
