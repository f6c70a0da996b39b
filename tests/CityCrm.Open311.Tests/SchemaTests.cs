using CityCrm.Open311.Tests.Support;
using NJsonSchema;

namespace CityCrm.Open311.Tests;

/// <summary>Every JSON answer validated against the GeoReport v2 JSON Schemas in shared/data/open311/schema.</summary>
public sealed class SchemaTests(Open311AppFactory factory) : IClassFixture<Open311AppFactory>
{
    [Fact]
    public async Task Services_Json_MatchesServicesSchema()
    {
        var body = await GetAsync("/open311/v2/services.json");

        await AssertValidAsync("services.json", body);
        Assert.Contains(TestCatalog.Dumping, body);
    }

    [Theory]
    [InlineData(TestCatalog.Pothole)]
    [InlineData(TestCatalog.Dumping)]
    [InlineData(TestCatalog.Billing)]
    public async Task ServiceDefinition_Json_MatchesDefinitionSchema(string code)
    {
        var body = await GetAsync($"/open311/v2/services/{code}.json");

        await AssertValidAsync("service-definition.json", body);
    }

    [Fact]
    public async Task Requests_JsonAfterPost_MatchesRequestsSchema()
    {
        var client = factory.CreateClient();
        var (reference, _) = await Open311Calls.CreateAsync(client, Open311Calls.ValidPothole("schema@example.org"));

        var list = await GetAsync("/open311/v2/requests.json");
        var one = await GetAsync($"/open311/v2/requests/{reference}.json");

        await AssertValidAsync("requests.json", list);
        await AssertValidAsync("requests.json", one);
        Assert.Contains(reference, list);
    }

    [Fact]
    public async Task Requests_RequestWithoutPlaceOrDescription_MatchesRequestsSchema()
    {
        var client = factory.CreateClient();
        var (reference, _) = await Open311Calls.CreateAsync(client,
            [("api_key", Open311AppFactory.ApiKey), ("service_code", TestCatalog.Billing), ("device_id", "device-42")]);

        var one = await GetAsync($"/open311/v2/requests/{reference}.json");

        await AssertValidAsync("requests.json", one);
    }

    [Fact]
    public async Task Schema_RequestWithBadStatus_IsRejected()
    {
        // The validator itself must refuse what the schema forbids, or the tests above prove nothing.
        var schema = await JsonSchema.FromFileAsync(SharedData.Path("schema", "requests.json"));

        var errors = schema.Validate("""[{"service_request_id":"R-1","status":"pending","service_code":"x","requested_datetime":"2026-01-01T00:00:00+00:00"}]""");

        Assert.NotEmpty(errors);
    }

    private async Task<string> GetAsync(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static async Task AssertValidAsync(string schemaFile, string json)
    {
        var schema = await JsonSchema.FromFileAsync(SharedData.Path("schema", schemaFile));
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, $"{schemaFile}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}\n{json}");
    }
}
