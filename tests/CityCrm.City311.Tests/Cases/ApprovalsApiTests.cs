using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using CityCrm.Conversations.Notifications;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Cases;

public sealed class ApprovalsApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    // The demo workflow file makes closing an abandoned vehicle report wait for a supervisor.
    private Task<(CityCrm.CaseCore.Case Case, string ConversationId, string Phone)> ReportVehicleAsync() =>
        CaseWorkHost.ReportAsync(factory, "abandoned-vehicle", "Blue van with flat tyres for three weeks");

    [Fact]
    public async Task Close_GatedCaseByAgent_Returns202AndWaitsInSupervisorQueue()
    {
        var (opened, _, _) = await ReportVehicleAsync();
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

        var asked = await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/close", new { note = "Towed this morning" });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var pending = (await asked.Content.ReadFromJsonAsync<CaseApprovalDto>())!;
        Assert.Contains((await supervisor.Client.GetFromJsonAsync<List<CaseApprovalDto>>("/api/agent/approvals"))!, a => a.Id == pending.Id);
        Assert.DoesNotContain((await agent.Client.GetFromJsonAsync<List<CaseApprovalDto>>("/api/agent/approvals"))!, a => a.Id == pending.Id);
        Assert.Equal("new", (await agent.Client.GetFromJsonAsync<CaseDto>($"/api/agent/cases/{opened.Reference}"))!.Status);
    }

    [Fact]
    public async Task Approve_BySupervisor_ClosesCaseAndAlertsTheAgentWhoAsked()
    {
        var (opened, _, _) = await ReportVehicleAsync();
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await using var hub = factory.CreateHubConnection(agent.Cookie);
        var alerts = new TaskCompletionSource<CaseAlertDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<CaseAlertDto>(CaseAlertPublisher.Method, a => { if (a.Kind == "approval-decided") alerts.TrySetResult(a); });
        await hub.StartAsync();
        var pending = (await (await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/close", new { note = "Towed" }))
            .Content.ReadFromJsonAsync<CaseApprovalDto>())!;

        var refused = await agent.Client.PostAsJsonAsync($"/api/agent/approvals/{pending.Id}/approve", new { comment = "self" });
        var approved = await supervisor.Client.PostAsJsonAsync($"/api/agent/approvals/{pending.Id}/approve", new { comment = "Confirmed with the tow yard" });
        var again = await supervisor.Client.PostAsJsonAsync($"/api/agent/approvals/{pending.Id}/reject", new { comment = "late" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var closed = (await agent.Client.GetFromJsonAsync<CaseDto>($"/api/agent/cases/{opened.Reference}"))!;
        Assert.Equal(("closed", "resolved"), (closed.Status, closed.ResolutionCode));
        var alert = await alerts.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(opened.Reference, alert.Reference);
        Assert.Contains("Confirmed with the tow yard", alert.Message);
    }

    [Fact]
    public async Task Reject_BySupervisor_LeavesCaseOpen()
    {
        var (opened, _, _) = await ReportVehicleAsync();
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        var pending = (await (await agent.Client.PostAsJsonAsync($"/api/agent/cases/{opened.Reference}/close", new { note = "Towed" }))
            .Content.ReadFromJsonAsync<CaseApprovalDto>())!;

        var rejected = await supervisor.Client.PostAsJsonAsync($"/api/agent/approvals/{pending.Id}/reject", new { comment = "Still parked there" });

        Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<CaseApprovalDto>())!.State);
        Assert.Equal("new", (await agent.Client.GetFromJsonAsync<CaseDto>($"/api/agent/cases/{opened.Reference}"))!.Status);
    }
}
