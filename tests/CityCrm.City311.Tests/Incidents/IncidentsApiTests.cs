using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Incidents;

/// <summary>The incidents API on the real host: supervisors only, suggestions from clusters, the incident's life cycle.</summary>
public sealed class IncidentsApiTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private const string Path = SupervisorClient.Path;

    private Task<SupervisorClient> SupervisorAsync() => SupervisorClient.SignInAsync(factory.CreateClient());

    private async Task<Case> ReportAsync(string service, string location, string contact) =>
        await factory.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest(service, "Reported in a test", location, contact, null, "open311"), CancellationToken.None);

    [Theory]
    [InlineData("/suggestions")]
    [InlineData("")]
    public async Task Get_Agent_IsForbidden(string suffix)
    {
        using var agent = await SupervisorClient.SignInAsync(factory.CreateClient(), AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Client.GetAsync(Path + suffix)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Client.PostAsJsonAsync(Path, SupervisorClient.WaterMain())).StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_IsUnauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Path)).StatusCode);

    [Fact]
    public async Task Create_Supervisor_IsActiveAndListed()
    {
        using var supervisor = await SupervisorAsync();

        var created = await supervisor.CreateAsync(SupervisorClient.WaterMain("Cedar St"));

        Assert.Equal("active", created.Status);
        Assert.Equal(["Cedar St"], created.Area.Streets);
        var me = (await supervisor.Client.GetFromJsonAsync<StaffProfileDto>("/api/auth/me"))!;
        Assert.Equal((me.Id, "created"), (created.History[0].Actor, created.History[0].Action));
        var active = (await supervisor.Client.GetFromJsonAsync<List<IncidentDto>>(Path + "?status=active"))!;
        Assert.Contains(active, i => i.Id == created.Id);
        Assert.Equal(created.Title, (await supervisor.Client.GetFromJsonAsync<IncidentDto>($"{Path}/{created.Id}"))!.Title);
    }

    [Fact]
    public async Task Create_Invalid_ListsEveryProblemAsValidationProblem()
    {
        using var supervisor = await SupervisorAsync();

        var response = await supervisor.Client.PostAsJsonAsync(Path, new CreateIncidentRequest("", ["nope"], null, null, null, ["R-999999"]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["cases", "pinned", "serviceCodes", "title"], errors.Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Suggestions_ThreeLeaksOnOneStreet_SuggestedThenCreatedFromTheSuggestion()
    {
        var reports = new[]
        {
            await ReportAsync("water-leak", "12 Birch Lane", "s1"), await ReportAsync("water-leak", "40 birch lane", "s2"),
            await ReportAsync("water-leak", "Birch Ln & Main St", "s3"), await ReportAsync("pothole", "12 Birch Lane", "s4"),
        };
        using var supervisor = await SupervisorAsync();

        var suggestions = (await supervisor.Client.GetFromJsonAsync<List<IncidentSuggestionDto>>(Path + "/suggestions"))!;
        var birch = Assert.Single(suggestions, s => s.Area.Streets!.Contains("Birch Lane"));
        Assert.Equal(reports.Take(3).Select(r => r.Reference), birch.Cases);
        Assert.Equal("water-leak", birch.ServiceCode);

        var created = await supervisor.CreateAsync(new CreateIncidentRequest(birch.Title, [birch.ServiceCode], birch.Area, [],
            new IncidentMessageDto("Crews are fixing the leak on Birch Lane.", null), birch.Cases));

        Assert.Equal(birch.Cases, created.Cases);
        var after = (await supervisor.Client.GetFromJsonAsync<List<IncidentSuggestionDto>>(Path + "/suggestions"))!;
        Assert.DoesNotContain(after, s => s.Cases.Intersect(birch.Cases).Any());
    }

    [Fact]
    public async Task LinkAndUnlink_ExistingCase_ChangesTheCasesAndUnknownIsRefused()
    {
        var report = await ReportAsync("water-leak", "Somewhere far away", "l1");
        using var supervisor = await SupervisorAsync();
        var created = await supervisor.CreateAsync(SupervisorClient.WaterMain("Spruce St"));

        var linked = (await (await supervisor.Client.PostAsJsonAsync($"{Path}/{created.Id}/cases", new LinkCaseRequest(report.Reference.ToLowerInvariant())))
            .Content.ReadFromJsonAsync<IncidentDto>())!;
        var unknown = await supervisor.Client.PostAsJsonAsync($"{Path}/{created.Id}/cases", new LinkCaseRequest("R-999999"));
        var unlinked = await supervisor.Client.DeleteAsync($"{Path}/{created.Id}/cases/{report.Reference}");

        Assert.Equal([report.Reference], linked.Cases);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Empty((await unlinked.Content.ReadFromJsonAsync<IncidentDto>())!.Cases);
    }

    [Fact]
    public async Task PinAndClose_ThenCloseAgainOrPin_Conflict()
    {
        using var supervisor = await SupervisorAsync();
        var created = await supervisor.CreateAsync(SupervisorClient.WaterMain("Walnut St"));

        var pinned = await supervisor.Client.PutAsJsonAsync($"{Path}/{created.Id}/message", new IncidentMessageDto("Water back by 6 pm.", "Agua a las 6."));
        var closed = await supervisor.CloseAsync(created.Id, "Repaired.");
        var again = await supervisor.CloseAsync(created.Id, "Repaired again.");
        var pinAfter = await supervisor.Client.PutAsJsonAsync($"{Path}/{created.Id}/message", new IncidentMessageDto("Late.", null));

        Assert.Equal("Water back by 6 pm.", (await pinned.Content.ReadFromJsonAsync<IncidentDto>())!.Pinned.English);
        Assert.Equal("closed", (await closed.Content.ReadFromJsonAsync<CloseIncidentResponse>())!.Incident.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, pinAfter.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownIncident_NotFoundProblem()
    {
        using var supervisor = await SupervisorAsync();

        var response = await supervisor.Client.GetAsync($"{Path}/no-such-incident");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
