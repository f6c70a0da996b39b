using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;

namespace CityCrm.City311.Tests.Cases;

public sealed class CaseWorkApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Fact]
    public async Task Change_StaleVersionInBody_Returns409ProblemAndKeepsFirstChange()
    {
        var (opened, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var first = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var second = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

        var started = await first.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/start", new { note = "Crew on the way", version = 0, notify = false });
        var held = await second.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/hold", new { note = "Waiting for asphalt", version = 0 });

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Equal("application/problem+json", held.Content.Headers.ContentType?.MediaType);
        var current = (await first.Client.GetFromJsonAsync<CaseDto>($"/api/agent/cases/{opened.Reference}"))!;
        Assert.Equal(("inProgress", 1), (current.Status, current.Version));
    }

    [Fact]
    public async Task Change_StaleIfMatchHeader_Returns409()
    {
        var (opened, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/note", new { note = "Resident called again" });

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agent/cases/{opened.Reference}/start") { Content = JsonContent.Create(new { note = "Go" }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        var response = await agent.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Change_CurrentIfMatch_AppliesAndReturnsNewETag()
    {
        var (opened, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agent/cases/{opened.Reference}/note") { Content = JsonContent.Create(new { note = "Call back after 5" }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        var response = await agent.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = (await response.Content.ReadFromJsonAsync<CaseUpdateResponse>())!;
        Assert.Equal("Call back after 5", Assert.Single(body.Case.Notes).Text);
        Assert.False(body.ResidentNotified);
    }

    [Fact]
    public async Task Priority_Agent_Returns403AndSupervisorMayChangeIt()
    {
        var (opened, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

        var refused = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/priority", new { priority = "Urgent" });
        var allowed = await supervisor.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/priority", new { priority = "Urgent" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("urgent", (await allowed.Content.ReadFromJsonAsync<CaseUpdateResponse>())!.Case.Priority);
    }

    [Fact]
    public async Task ListCases_Editor_Returns403()
    {
        using var editor = await factory.SignInAsync("editor", "riverton311ed");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/api/agent/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync("/api/agent/approvals")).StatusCode);
    }

    [Fact]
    public async Task ListCases_ByQueueAndMine_ReturnsRoutedAndTakenCases()
    {
        var (signal, _, _) = await CaseWorkHost.ReportAsync(factory, "traffic-signal", "Light stuck on red at Main and 1st",
            new() { ["problem"] = ["stuck"] });
        var (hole, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var taken = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{hole.Reference}/assign", new { });

        var queue = (await agent.Client.GetFromJsonAsync<List<CaseListItemDto>>("/api/agent/cases?queue=Transportation - Signal Repair"))!;
        var mine = (await agent.Client.GetFromJsonAsync<List<CaseListItemDto>>("/api/agent/cases?assignee=me&status=open"))!;

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var routed = Assert.Single(queue, c => c.Reference == signal.Reference);
        Assert.Equal(("open", "urgent"), (routed.Status, routed.Priority));
        Assert.Contains(mine, c => c.Reference == hole.Reference);
        Assert.DoesNotContain(mine, c => c.Reference == signal.Reference);
    }

    [Fact]
    public async Task Close_UnknownResolutionCode_Returns400AndStartUnknownCase404()
    {
        var (opened, _, _) = await CaseWorkHost.ReportAsync(factory);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var badCode = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/close", new { note = "Done", resolutionCode = "vanished" });
        var unknown = await agent.Client.PostAsJsonAsync("/api/agent/cases/R-999999/start", new { note = "Go" });

        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
