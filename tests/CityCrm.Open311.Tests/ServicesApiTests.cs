using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Discovery, services and definitions; formats and the jurisdiction.</summary>
public sealed class ServicesApiTests(Open311AppFactory factory) : IClassFixture<Open311AppFactory>
{
    [Fact]
    public async Task GetServiceDefinition_ListAttribute_UsesTheSpecsDatatypeNames()
    {
        var definition = await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/services/{TestCatalog.Dumping}.json");

        var datatypes = definition["attributes"]!.AsArray().Select(a => a!["datatype"]!.GetValue<string>());

        Assert.Equal(["multivaluelist", "number", "datetime"], datatypes);
    }

    [Fact]
    public async Task GetServices_ServiceWithQuestions_HasMetadataTrue()
    {
        var services = (await Open311Calls.JsonAsync(factory.CreateClient(), "/open311/v2/services.json")).AsArray();

        Assert.True(services.Single(s => s!["service_code"]!.GetValue<string>() == TestCatalog.Pothole)!["metadata"]!.GetValue<bool>());
        Assert.False(services.Single(s => s!["service_code"]!.GetValue<string>() == TestCatalog.Billing)!["metadata"]!.GetValue<bool>());
    }

    [Fact]
    public async Task GetServiceDefinition_UnknownCode_Answers404()
    {
        var response = await factory.CreateClient().GetAsync("/open311/v2/services/S0301.json");

        Assert.Contains("service_code 'S0301'", Assert.Single(await Open311Calls.ErrorsAsync(response, 404)));
    }

    [Fact]
    public async Task GetServices_UnknownFormat_Answers400()
    {
        var response = await factory.CreateClient().GetAsync("/open311/v2/services.html");

        Assert.Contains("'html' is not offered", Assert.Single(await Open311Calls.ErrorsAsync(response, 400)));
    }

    [Fact]
    public async Task GetServices_WrongJurisdiction_Answers404()
    {
        var response = await factory.CreateClient().GetAsync("/open311/v2/services.json?jurisdiction_id=dc.gov");

        Assert.Contains("jurisdiction_id 'dc.gov' is not served here", Assert.Single(await Open311Calls.ErrorsAsync(response, 404)));
    }

    [Fact]
    public async Task GetServices_OwnJurisdiction_Answers()
    {
        var services = await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/services.json?jurisdiction_id={Open311AppFactory.Jurisdiction}");

        Assert.Equal(3, services.AsArray().Count);
    }

    [Fact]
    public async Task GetDiscovery_Json_ListsThisEndpointInBothFormats()
    {
        var discovery = await Open311Calls.JsonAsync(factory.CreateClient(), "/open311/v2/discovery.json");

        var endpoint = discovery["endpoints"]!.AsArray().Single()!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint["specification"]!.GetValue<string>());
        Assert.Equal(["application/json", "text/xml"], endpoint["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
    }
}
