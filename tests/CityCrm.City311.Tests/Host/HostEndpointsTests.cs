using System.Net;
using System.Text.Json.Nodes;

namespace CityCrm.City311.Tests.Host;

public sealed class HostEndpointsTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task OpenApi_Document_DescribesTheRestApi()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/agent/conversations", paths);
        Assert.Contains("/v3/directline/conversations", paths);
        Assert.Contains("/api/knowledge/search", paths);
    }

    [Fact]
    public async Task Health_WithDatabase_ReportsHealthy()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
