using System.Xml.Linq;
using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>The XML answers have the element names and nesting of DC's real answers (shared/data/open311/dc).</summary>
public sealed class XmlStructureTests(Open311AppFactory factory) : IClassFixture<Open311AppFactory>
{
    [Fact]
    public async Task Services_Xml_HasDcServicesStructure()
    {
        var ours = await Open311Calls.XmlAsync(factory.CreateClient(), "/open311/v2/services.xml");
        var dc = XDocument.Load(SharedData.Path("dc", "dc-services.xml"));

        Assert.Equal(XmlShape.Paths(dc), XmlShape.Paths(ours));
        Assert.Equal(XmlShape.Children(dc, "services/service"), XmlShape.Children(ours, "services/service"));
    }

    [Fact]
    public async Task ServiceDefinition_Xml_HasDcDefinitionStructure()
    {
        var ours = await Open311Calls.XmlAsync(factory.CreateClient(), $"/open311/v2/services/{TestCatalog.Pothole}.xml");
        var dc = XDocument.Load(SharedData.Path("dc", "dc-services-S0301.xml"));

        Assert.Equal(XmlShape.Paths(dc), XmlShape.Paths(ours));
        Assert.Equal(XmlShape.Children(dc, "service_definition/attributes/attribute"),
            XmlShape.Children(ours, "service_definition/attributes/attribute"));
    }

    [Fact]
    public async Task ServiceDefinition_XmlTextAttribute_HasEmptyValuesLikeDc()
    {
        var ours = await Open311Calls.XmlAsync(factory.CreateClient(), $"/open311/v2/services/{TestCatalog.Pothole}.xml");

        var note = ours.Root!.Element("attributes")!.Elements("attribute").Single(a => a.Element("code")!.Value == "NOTE001");

        Assert.Equal("false", note.Element("variable")!.Value);
        Assert.Equal("text", note.Element("datatype")!.Value);
        Assert.Empty(note.Element("values")!.Elements());
    }

    [Fact]
    public async Task Discovery_Xml_HasDcDiscoveryStructure()
    {
        var ours = await Open311Calls.XmlAsync(factory.CreateClient(), "/open311/v2/discovery.xml");
        var dc = XDocument.Load(SharedData.Path("dc", "discovery-dc.xml"));

        Assert.Equal(XmlShape.Paths(dc), XmlShape.Paths(ours));
        Assert.EndsWith("/open311/v2", ours.Root!.Element("endpoints")!.Element("endpoint")!.Element("url")!.Value);
    }

    [Fact]
    public async Task Requests_Xml_HasSpecRequestElementsInOrder()
    {
        var client = factory.CreateClient();
        var (reference, _) = await Open311Calls.CreateAsync(client, Open311Calls.ValidPothole("xml@example.org"));

        var ours = await Open311Calls.XmlAsync(client, $"/open311/v2/requests/{reference}.xml");

        Assert.Equal("service_requests", ours.Root!.Name.LocalName);
        Assert.Equal(
            ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
             "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
             "lat", "long", "media_url"],
            XmlShape.Children(ours, "service_requests/request"));
        Assert.Equal(reference, ours.Root.Element("request")!.Element("service_request_id")!.Value);
        Assert.Equal("42.3487", ours.Root.Element("request")!.Element("lat")!.Value);
    }

    [Fact]
    public async Task PostRequest_Xml_AnswersServiceRequestsWithIdAndToken()
    {
        var response = await Open311Calls.PostAsync(factory.CreateClient(), Open311Calls.ValidPothole("xml-post@example.org"), "xml");

        var answer = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(["service_requests", "service_requests/request", "service_requests/request/account_id",
                "service_requests/request/service_notice", "service_requests/request/service_request_id", "service_requests/request/token"],
            XmlShape.Paths(answer));
        Assert.StartsWith("R-", answer.Root!.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task PostRequest_XmlBadInput_AnswersErrorsList()
    {
        var response = await Open311Calls.PostAsync(factory.CreateClient(),
            [("api_key", Open311AppFactory.ApiKey), ("service_code", TestCatalog.Pothole), ("lat", "42.35"), ("long", "-71.06")], "xml");

        var answer = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(["errors", "errors/error", "errors/error/code", "errors/error/description"], XmlShape.Paths(answer));
        Assert.Contains(answer.Root!.Elements("error"), e => e.Element("description")!.Value.Contains("attribute[WHISPOLO]"));
    }
}
