namespace CityCrm.CaseCore.Tests.Catalog;

/// <summary>The demo city's catalogue in our own format: groups, questions, targets and calendars.</summary>
public sealed class CatalogDemoFileTests
{
    [Fact]
    public void Load_DemoCatalogue_EveryServiceHasGroupTargetAndCalendar()
    {
        Assert.All(CatalogFile.Catalog.Services, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Group), s.Code);
            Assert.NotNull(s.TargetResolution);
            Assert.Contains(s.Calendar, new[] { "business-hours", "24x7" });
        });
    }

    [Fact]
    public void Load_DemoPothole_AsksWhereFromAList()
    {
        var where = CatalogFile.Catalog.Find("pothole")!.Attributes[0];

        Assert.Equal("Where is it?", where.Description);
        Assert.Equal(AttributeDatatype.SingleValueList, where.Datatype);
        Assert.Equal(["roadway", "sidewalk", "bike-lane"], where.Values.Select(v => v.Key));
    }

    [Fact]
    public void Load_DemoTrafficSignal_RequiresWhatTheSignalDoes()
    {
        var problem = CatalogFile.Catalog.Find("traffic-signal")!.Attributes[0];

        Assert.True(problem.Required);
        Assert.Contains(problem.Values, v => v.Key == "flashing");
    }

    [Fact]
    public void Load_DemoCatalogue_SeveralServicesHaveARequiredListAndOneAConditionalQuestion()
    {
        var services = CatalogFile.Catalog.Services;

        Assert.True(services.Count(s => s.Attributes.Any(a => a.Required && a.IsList && a.Condition is null)) >= 4);
        var conditional = services.SelectMany(s => s.Attributes.Where(a => a.Condition is not null).Select(a => (s, a))).ToList();
        Assert.NotEmpty(conditional);
        Assert.All(conditional, p => Assert.All(p.a.Condition!.Rules, r => Assert.Contains(p.s.Attributes, a => a.Code == r.Attribute)));
    }

    [Fact]
    public void Parse_TargetAsHoursOrTimeSpan_ReadsBoth()
    {
        var catalog = ServiceCatalog.Parse("""
            [{"code":"a","name":"A","department":"D","description":"","keywords":[],"targetResolution":"3.00:00:00","calendar":"business-hours"},
             {"code":"b","name":"B","department":"D","description":"","keywords":[],"targetResolution":48,"calendar":"24x7","locationRequired":false}]
            """);

        Assert.Equal(TimeSpan.FromDays(3), catalog.Find("a")!.TargetResolution);
        Assert.Equal(TimeSpan.FromHours(48), catalog.Find("b")!.TargetResolution);
        Assert.False(catalog.Find("b")!.LocationRequired);
    }

    [Fact]
    public void Parse_UnknownCalendar_ThrowsNamingTheService()
    {
        var e = Assert.Throws<InvalidDataException>(() => ServiceCatalog.Parse("""[{"code":"a","name":"A","department":"D","description":"","calendar":"weekends"}]"""));

        Assert.Contains("'a'", e.Message);
    }
}
