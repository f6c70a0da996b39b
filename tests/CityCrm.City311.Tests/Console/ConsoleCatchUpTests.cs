using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Console;

/// <summary>What a console that lost its connection reads back: exactly the messages after the last one it holds.</summary>
public sealed class ConsoleCatchUpTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Fact]
    public async Task WatchAfter_MessagesAddedSinceSequence_ReturnsExactlyThoseInOrder()
    {
        var id = await factory.CreateQueuedConversationAsync("Nia Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();
        var seen = await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.Watch), id);
        var last = seen[^1].Sequence;

        await factory.ResidentSaysAsync(id, "one");
        await factory.ResidentSaysAsync(id, "two");
        await factory.ResidentSaysAsync(id, "three");
        var missed = await connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.WatchAfter), id, last);

        var fromResident = missed.Where(m => m.Author == "resident").Select(m => m.Text).ToList();
        Assert.Equal(["one", "two", "three"], fromResident);
        Assert.All(missed, m => Assert.True(m.Sequence > last));
        Assert.Equal(missed.Select(m => m.Sequence).Order(), missed.Select(m => m.Sequence));
        Assert.Equal(missed.Count, missed.Select(m => m.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task WatchAfter_UnknownConversation_IsRefused()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.WatchAfter), "no-such-conversation", 0L));

        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task WatchAfter_NegativeSequence_IsRefused()
    {
        var id = await factory.CreateQueuedConversationAsync("Omar Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        await using var connection = factory.CreateHubConnection(agent.Cookie);
        await connection.StartAsync();

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<List<MessageDto>>(nameof(AgentHub.WatchAfter), id, -1L));

        Assert.Contains("negative", error.Message);
    }

    [Fact]
    public async Task MessagesAfter_Sequence_ReturnsOnlyLaterMessages()
    {
        var id = await factory.CreateQueuedConversationAsync("Pia Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var before = (await agent.GetAsync(id)).Transcript;
        await factory.ResidentSaysAsync(id, "later <b>one</b>");

        var after = await agent.Client.GetFromJsonAsync<List<MessageDto>>($"/api/agent/conversations/{id}/messages?after={before[^1].Sequence}");

        var message = Assert.Single(after!, m => m.Author == "resident");
        Assert.Equal("later <b>one</b>", message.Text);
        Assert.All(after!, m => Assert.True(m.Sequence > before[^1].Sequence));
    }

    [Fact]
    public async Task MessagesAfter_NegativeSequence_IsValidationProblem()
    {
        var id = await factory.CreateQueuedConversationAsync("Quin Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync($"/api/agent/conversations/{id}/messages?after=-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MessagesAfter_UnknownConversation_IsNotFoundProblem()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync("/api/agent/conversations/no-such-conversation/messages?after=0");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MessagesAfter_Anonymous_IsUnauthorized()
    {
        var id = await factory.CreateQueuedConversationAsync("Rae Resident");
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/api/agent/conversations/{id}/messages?after=0");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
