using CityCrm.CaseCore.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace CityCrm.CaseCore.Tests;

public sealed class CaseServiceValidationTests
{
    private static readonly ServiceDefinition Hydrant = new("hydrant", "Hydrant leaking", "Water", "Leaks", ["hydrant"])
    {
        Attributes = [new("FLOW", "How much water?", AttributeDatatype.SingleValueList, Required: true) { Values = [new("drip", "Dripping"), new("gush", "Gushing")] }],
    };

    private static readonly ServiceDefinition Billing = new("billing", "Water bill question", "Finance", "Bills", []) { LocationRequired = false };

    private readonly InMemoryCaseStore store = new();
    private readonly CaseService service;

    public CaseServiceValidationTests()
    {
        var options = Options.Create(new CaseOptions { Boundary = [[42.30, -71.10], [42.40, -71.10], [42.40, -71.00], [42.30, -71.00]] });
        service = new CaseService(store, new ServiceCatalog([Hydrant, Billing]), ManualClock.At2026(), options);
    }

    private static OpenCaseRequest Request(string code = "hydrant", string location = "") =>
        new(code, "Water everywhere", location, "contact-1", null, "open311");

    private static Dictionary<string, IReadOnlyList<string>> Flow(string value) => new() { ["FLOW"] = [value] };

    [Fact]
    public async Task OpenAsync_PointInsideCityWithoutAddress_UsesThePositionAsLocation()
    {
        var opened = await service.OpenAsync(Request() with { Point = new GeoPoint(42.35, -71.05), Attributes = Flow("Gushing") }, CancellationToken.None);

        Assert.Equal("42.35, -71.05", opened.Location);
        Assert.Equal(["gush"], opened.Attributes["FLOW"]);
    }

    [Fact]
    public async Task OpenAsync_EverythingWrong_ListsEveryProblemAndStoresNothing()
    {
        var bad = Request() with
        {
            Description = " ",
            Point = new GeoPoint(40.71, -74.0),
            Attributes = Flow("Trickle"),
            Media = ["ftp://example.org/a.jpg", "https://example.org/b.jpg", "https://example.org/c.jpg", "https://example.org/d.jpg", "https://example.org/e.jpg", "https://example.org/f.jpg"],
        };

        var e = await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(bad, CancellationToken.None));

        Assert.Equal(["description:required", "location:outside_city", "media:too_many", "media:invalid", "attribute[FLOW]:not_in_list"],
            e.Problems.Select(p => p.Field + ":" + p.Code));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task OpenAsync_NoLocationForServiceThatNeedsOne_IsRequired()
    {
        var e = await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(Request() with { Attributes = Flow("drip") }, CancellationToken.None));

        Assert.Equal("location:required", e.Problems.Select(p => p.Field + ":" + p.Code).Single());
    }

    [Fact]
    public async Task OpenAsync_ServiceWithoutPlace_OpensWithoutLocation()
    {
        var opened = await service.OpenAsync(Request("billing"), CancellationToken.None);

        Assert.Equal("", opened.Location);
    }

    [Fact]
    public async Task OpenAsync_UnknownService_NamesTheServiceCodeField()
    {
        var e = await Assert.ThrowsAsync<CaseRequestException>(() => service.OpenAsync(Request("space-debris", "Elm St"), CancellationToken.None));

        Assert.Equal("service_code", Assert.Single(e.Problems).Field);
    }
}
