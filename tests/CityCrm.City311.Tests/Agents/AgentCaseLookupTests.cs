using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;

namespace CityCrm.City311.Tests.Agents;

public sealed class AgentCaseLookupTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Fact]
    public async Task GetCase_KnownReference_ReturnsTheCaseWithHistory()
    {
        var service = new ServiceDefinition("streetlight", "Streetlight out", "Public Works", "A streetlight is dark.", ["streetlight"]);
        var request = new OpenCaseRequest("streetlight", "Dark since Monday", "12 Elm Street", "contact-1", "conv-1", "webchat");
        factory.Cases.Add(new Case("case-1", "R-100042", service, request, DateTimeOffset.UtcNow));
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var found = await agent.Client.GetFromJsonAsync<CaseDto>("/api/agent/cases/R-100042");

        Assert.Equal("R-100042", found!.Reference);
        Assert.Equal("Streetlight out", found.ServiceName);
        Assert.Equal("12 Elm Street", found.Location);
        Assert.Equal("new", found.Status);
        Assert.Single(found.History);
    }

    [Fact]
    public async Task GetCase_UnknownReference_Returns404Problem()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync("/api/agent/cases/R-999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
