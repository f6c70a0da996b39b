using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Tests.Agents;

/// <summary>Transfers, wrap-up codes, queues and timers on the agent API.</summary>
public sealed class RoutingApiTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    private static async Task<string> IdOfAsync(AgentSession session) =>
        (await session.Client.GetFromJsonAsync<StaffProfileDto>("/api/auth/me"))!.Id;

    private async Task<string> TakenAsync(AgentSession session, string resident)
    {
        var id = await factory.CreateQueuedConversationAsync(resident);
        (await session.TakeAsync(id)).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task Transfer_OwnConversationToAnotherAgent_AssignsThemAndLeavesAPrivateNote()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var lucia = await factory.SignInAsync(AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        var id = await TakenAsync(agent, "Ada Resident");

        var response = await agent.TransferAsync(id, await IdOfAsync(lucia), null, "Needs a Spanish speaker <b>now</b>");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<ConversationSummaryDto>())!;
        Assert.Equal(("assigned", "Lucia Agent"), (summary.Status, summary.AssigneeName));
        Assert.Contains(await lucia.ListAsync("mine"), c => c.Id == id);
        var note = (await lucia.GetAsync(id)).Transcript.Single(m => m.Text!.Contains("transferred"));
        Assert.True(note.Private);
        Assert.Equal("Alex Agent transferred the conversation to Lucia Agent. Note: Needs a Spanish speaker <b>now</b>", note.Text);
    }

    [Fact]
    public async Task Transfer_ToAQueue_QueuesItThereWaitingAfresh()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await TakenAsync(agent, "Bea Resident");
        var before = (await agent.GetAsync(id)).Conversation.QueuedAt;

        var response = await agent.TransferAsync(id, null, "sanitation/en", "Bulk pickup question");

        var summary = (await response.Content.ReadFromJsonAsync<ConversationSummaryDto>())!;
        Assert.Equal(("queued", "sanitation/en", (string?)null), (summary.Status, summary.Queue, summary.AssigneeId));
        Assert.True(summary.QueuedAt > before);
        Assert.Equal(300, summary.SlaTargetSeconds);
    }

    [Fact]
    public async Task Transfer_SomeoneElsesConversationAsPlainAgent_Returns403AndChangesNothing()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var lucia = await factory.SignInAsync(AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        var id = await TakenAsync(lucia, "Cai Resident");

        var response = await agent.TransferAsync(id, await IdOfAsync(agent), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Lucia Agent", (await agent.GetAsync(id)).Conversation.AssigneeName);
    }

    [Fact]
    public async Task Transfer_SupervisorOnSomeoneElsesConversation_Reassigns()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        using var lucia = await factory.SignInAsync(AgentAppFactory.SecondAgentUser, AgentAppFactory.SecondAgentPassword);
        var id = await TakenAsync(agent, "Dan Resident");

        var response = await supervisor.TransferAsync(id, await IdOfAsync(lucia), null, "Alex is on a call");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lucia Agent", (await agent.GetAsync(id)).Conversation.AssigneeName);
    }

    [Theory]
    [InlineData("someone", "general/en", "target")]
    [InlineData(null, null, "target")]
    [InlineData(null, "General Queue", "queue")]
    [InlineData("no-such-agent", null, "agentId")]
    public async Task Transfer_BadTarget_Returns400NamingTheField(string? agentId, string? queue, string field)
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await TakenAsync(agent, "Eli Resident");

        var response = await agent.TransferAsync(id, agentId, queue);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
        Assert.Equal("Alex Agent", (await agent.GetAsync(id)).Conversation.AssigneeName);
    }

    [Fact]
    public async Task Transfer_EditorRole_Returns403()
    {
        using var editor = await factory.SignInAsync(AgentAppFactory.EditorUser, AgentAppFactory.EditorPassword);

        var response = await editor.TransferAsync("any", null, "general/en");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/agent/routing/agents")]
    [InlineData("/api/agent/routing/queues")]
    [InlineData("/api/agent/routing/dispositions")]
    public async Task RoutingLists_AnonymousOrEditor_Refused(string path)
    {
        using var editor = await factory.SignInAsync(AgentAppFactory.EditorUser, AgentAppFactory.EditorPassword);
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task RoutingAgents_Agent_ListsWorkingStaffWithSkillsButNotEditors()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var agents = (await agent.Client.GetFromJsonAsync<List<RoutingAgentDto>>("/api/agent/routing/agents"))!;

        Assert.Equal(["Alex Agent", "Lucia Agent", "Sam Supervisor"], agents.Select(a => a.DisplayName));
        Assert.Equal(["en", "es"], agents[1].Languages);
        Assert.Contains("public-works", agents[0].Departments);
    }

    [Fact]
    public async Task RoutingQueuesAndDispositions_Agent_AreTheConfiguredOnes()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var queues = (await agent.Client.GetFromJsonAsync<List<RoutingQueueDto>>("/api/agent/routing/queues"))!;
        var dispositions = (await agent.Client.GetFromJsonAsync<List<DispositionDto>>("/api/agent/routing/dispositions"))!;

        Assert.Equal(180, queues.Single(q => q.Name == "general/es").SlaTargetSeconds);
        Assert.Equal("General (English)", queues.Single(q => q.Name == "general/en").Label);
        Assert.Contains(dispositions, d => d.Code == "answered" && d.Label == "Question answered");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("made-up")]
    public async Task Resolve_WithoutAConfiguredDisposition_Returns400AndStaysAssigned(string? disposition)
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await TakenAsync(agent, "Fay Resident");

        var response = await agent.ResolveAsync(id, disposition);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("assigned", (await agent.GetAsync(id)).Conversation.Status);
    }

    [Fact]
    public async Task Resolve_WithDisposition_StoresItAndNotesItForStaff()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await TakenAsync(agent, "Gus Resident");

        var response = await agent.ResolveAsync(id, "case-opened");

        var summary = (await response.Content.ReadFromJsonAsync<ConversationSummaryDto>())!;
        Assert.Equal(("resolved", "case-opened"), (summary.Status, summary.Disposition));
        var note = (await agent.GetAsync(id)).Transcript.Single(m => m.Text!.StartsWith("Wrap-up", StringComparison.Ordinal));
        Assert.True(note.Private);
        Assert.Equal("Wrap-up: Service request opened (case-opened).", note.Text);
    }

    [Fact]
    public async Task Summary_QueuedThenAnswered_HasQueueSlaTargetAndFirstResponseTime()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var id = await factory.CreateQueuedConversationAsync("Hal Resident");

        var queued = (await agent.GetAsync(id)).Conversation;
        await agent.TakeAsync(id);
        await agent.ReplyAsync(id, "Note first", isPrivate: true);
        var reply = await (await agent.ReplyAsync(id, "Hello Hal")).Content.ReadFromJsonAsync<MessageDto>();
        var answered = (await agent.GetAsync(id)).Conversation;

        Assert.Equal(("general/en", 120), (queued.Queue, queued.SlaTargetSeconds));
        Assert.Null(queued.FirstResponseAt);
        Assert.Equal(reply!.CreatedAt, answered.FirstResponseAt);
    }
}
