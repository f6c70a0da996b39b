using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Console;

/// <summary>Opening a case from a conversation, linking an existing one, and listing them beside the conversation.</summary>
public sealed class ConversationCasesApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Fact]
    public async Task Open_ValidRequest_OpensCaseForTheResidentAndListsIt()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550801", "Rosa", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{sms.Id}/cases",
            new { serviceCode = "graffiti", description = "Tags on the bridge", location = "Elm Street" });

        response.EnsureSuccessStatusCode();
        var opened = (await response.Content.ReadFromJsonAsync<CaseDto>())!;
        Assert.Equal(sms.Id, opened.ConversationId);
        Assert.Equal("graffiti", opened.ServiceCode);
        Assert.Equal([opened.Reference], (await ListAsync(agent, sms.Id)).Select(c => c.Reference));
        Assert.Contains((await agent.GetAsync(sms.Id)).Transcript, m => m.Private && m.Text!.Contains($"opened case {opened.Reference}"));
    }

    [Fact]
    public async Task Open_UnknownServiceAndNoDescription_IsValidationProblemAndNothingOpened()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550802", "Rosa", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{sms.Id}/cases",
            new { serviceCode = "no-such-service", description = "", location = "Elm Street" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await ListAsync(agent, sms.Id));
    }

    [Fact]
    public async Task Link_ExistingCaseTwice_ListsItOnceWithOneNote()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550803", "Rosa", null, CancellationToken.None);
        var other = await factory.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("graffiti", "Tags on the school wall", "Oak Avenue", "someone-else", null, "web"), CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var first = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{sms.Id}/cases/link", new { reference = other.Reference.ToLowerInvariant() });
        var second = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{sms.Id}/cases/link", new { reference = other.Reference });

        first.EnsureSuccessStatusCode();
        second.EnsureSuccessStatusCode();
        Assert.Equal([other.Reference], (await ListAsync(agent, sms.Id)).Select(c => c.Reference));
        Assert.Single((await agent.GetAsync(sms.Id)).Transcript, m => m.Private && m.Text!.Contains($"linked case {other.Reference}"));
    }

    [Fact]
    public async Task Link_UnknownReference_IsNotFoundProblem()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550804", "Rosa", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"/api/agent/conversations/{sms.Id}/cases/link", new { reference = "R-999999" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_Anonymous_IsUnauthorized()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550805", "Rosa", null, CancellationToken.None);

        var response = await factory.CreateClient().GetAsync($"/api/agent/conversations/{sms.Id}/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<List<CaseDto>> ListAsync(AgentSession agent, string conversationId) =>
        (await agent.Client.GetFromJsonAsync<List<CaseDto>>($"/api/agent/conversations/{conversationId}/cases"))!;
}
