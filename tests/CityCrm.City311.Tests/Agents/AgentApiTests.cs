using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Tests.Agents;

public sealed class AgentApiTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Fact]
    public async Task Take_QueuedConversation_AssignsItToTheSignedInAgent()
    {
        var id = await factory.CreateQueuedConversationAsync("Rita Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.TakeAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<ConversationSummaryDto>();
        Assert.Equal("assigned", summary!.Status);
        Assert.Equal("Alex Agent", summary.AssigneeName);
        Assert.Equal("Rita Resident", summary.ContactName);
        Assert.Contains(await agent.ListAsync("mine"), c => c.Id == id);
    }

    [Fact]
    public async Task Take_AlreadyAssigned_Returns409Problem()
    {
        var id = await factory.CreateQueuedConversationAsync("Omar Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        Assert.Equal(HttpStatusCode.OK, (await agent.TakeAsync(id)).StatusCode);

        var response = await supervisor.TakeAsync(id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Take_UnknownConversation_Returns404Problem()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.TakeAsync("no-such-conversation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reply_ByAssignee_AppendsAgentMessageToTranscript()
    {
        var id = await factory.CreateQueuedConversationAsync("Lee Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await agent.TakeAsync(id);

        var response = await agent.ReplyAsync(id, "Hello Lee, I can help with that.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var transcript = (await agent.GetAsync(id)).Transcript;
        var reply = Assert.Single(transcript, m => m.Author == "agent");
        Assert.Equal("Hello Lee, I can help with that.", reply.Text);
        Assert.Equal("Alex Agent", reply.AuthorName);
        Assert.False(reply.Private);
        Assert.Contains(transcript, m => m.Author == "system" && m.Text == "Alex Agent joined the conversation.");
    }

    [Fact]
    public async Task Reply_ByAgentWhoIsNotTheAssignee_Returns403()
    {
        var id = await factory.CreateQueuedConversationAsync("Ana Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await agent.TakeAsync(id);

        var response = await supervisor.ReplyAsync(id, "Jumping in.");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain((await agent.GetAsync(id)).Transcript, m => m.Text == "Jumping in.");
    }

    [Fact]
    public async Task Reply_BeforeTaking_Returns409()
    {
        var id = await factory.CreateQueuedConversationAsync("Bo Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.ReplyAsync(id, "Hello?");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData(4001)]
    public async Task Reply_EmptyOrTooLongText_Returns400(object? text)
    {
        var id = await factory.CreateQueuedConversationAsync("Cy Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await agent.TakeAsync(id);

        var response = await agent.ReplyAsync(id, text is int length ? new string('a', length) : (string?)text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PrivateNote_ByAnotherAgent_IsStoredAsPrivate()
    {
        var id = await factory.CreateQueuedConversationAsync("Di Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await agent.TakeAsync(id);

        var response = await supervisor.ReplyAsync(id, "Check the open case first.", isPrivate: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = Assert.Single((await agent.GetAsync(id)).Transcript, m => m.Text == "Check the open case first.");
        Assert.True(note.Private);
    }

    [Fact]
    public async Task Resolve_AssignedConversation_ResolvesAndASecondResolveReturns409()
    {
        var id = await factory.CreateQueuedConversationAsync("Ed Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await agent.TakeAsync(id);

        var first = await agent.ResolveAsync(id);
        var second = await agent.ResolveAsync(id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("resolved", (await first.Content.ReadFromJsonAsync<ConversationSummaryDto>())!.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await agent.ReplyAsync(id, "Anything else?")).StatusCode);
    }

    [Fact]
    public async Task Resolve_SomeoneElsesConversationAsPlainAgent_Returns403()
    {
        var id = await factory.CreateQueuedConversationAsync("Flo Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await supervisor.TakeAsync(id);

        var response = await agent.ResolveAsync(id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_Queued_ShowsResidentNameAndLatestMessage()
    {
        var id = await factory.CreateQueuedConversationAsync("Gus Resident");
        await factory.ResidentSaysAsync(id, "The streetlight on Elm   Street is out.");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var queued = await agent.ListAsync("queued");

        var summary = Assert.Single(queued, c => c.Id == id);
        Assert.Equal("Gus Resident", summary.ContactName);
        Assert.Equal("The streetlight on Elm Street is out.", summary.LastMessage);
        Assert.Equal("webchat", summary.Channel);
        Assert.NotNull(summary.QueuedAt);
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync("/api/agent/conversations?status=archived");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
