using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.Console;

/// <summary>Canned responses and knowledge articles offered to the agent while replying.</summary>
public sealed class ReplyHelpersApiTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Fact]
    public async Task CannedResponses_Agent_ListsConfiguredResponses()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var list = await agent.Client.GetFromJsonAsync<List<CannedResponseDto>>("/api/agent/canned-responses");

        var greeting = Assert.Single(list!, r => r.Id == "greeting");
        Assert.Contains("{{name}}", greeting.Text);
    }

    [Fact]
    public async Task FillCanned_KnownValues_FillsNameAgentAndCity()
    {
        var id = await factory.CreateQueuedConversationAsync("Uma Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var filled = await FillAsync(agent, id, "greeting");

        Assert.Equal("Hello Uma Resident, this is Alex Agent from Riverton 311. How can I help you today?", filled.Text);
        Assert.Empty(filled.Missing);
    }

    [Fact]
    public async Task FillCanned_NoCaseForResident_LeavesReferenceVisibleAndListsIt()
    {
        var id = await factory.CreateQueuedConversationAsync("Vic Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var filled = await FillAsync(agent, id, "case-opened");

        Assert.Contains("reference {{reference}}.", filled.Text);
        Assert.StartsWith("Thank you, Vic Resident.", filled.Text);
        Assert.Equal(["reference"], filled.Missing);
    }

    [Fact]
    public async Task FillCanned_UnknownResponse_IsNotFoundProblem()
    {
        var id = await factory.CreateQueuedConversationAsync("Wes Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsync($"/api/agent/conversations/{id}/canned-responses/no-such-response", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CannedResponses_Anonymous_IsUnauthorized()
    {
        var response = await factory.CreateClient().GetAsync("/api/agent/canned-responses");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Articles_WebChatConversation_OffersSummaryWithLink()
    {
        var id = await factory.CreateQueuedConversationAsync("Xia Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var found = await ArticlesAsync(agent, id, "when is my garbage picked up");

        var top = found[0];
        Assert.Equal("trash-pickup", top.ArticleId);
        Assert.Equal("full", top.Variant);
        Assert.StartsWith("Trash is collected once a week", top.InsertText);
        Assert.Contains("/kb/trash-pickup", top.InsertText);
    }

    [Fact]
    public async Task Articles_SmsConversation_OffersTheShortAnswer()
    {
        var conversation = await factory.Conversations.StartAsync("sms", "+15555550199", "Yan Resident", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var found = await ArticlesAsync(agent, conversation.Id, "when is my garbage picked up");

        var top = found[0];
        Assert.Equal("sms", top.Variant);
        Assert.StartsWith("Trash is picked up once a week", top.InsertText);
        Assert.True(top.InsertText.Length <= 320);
    }

    [Fact]
    public async Task Articles_EmptyQuery_IsValidationProblem()
    {
        var id = await factory.CreateQueuedConversationAsync("Zed Resident");
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync($"/api/agent/conversations/{id}/articles?q=%20");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<FilledResponseDto> FillAsync(AgentSession agent, string conversationId, string responseId)
    {
        var response = await agent.Client.PostAsync($"/api/agent/conversations/{conversationId}/canned-responses/{responseId}", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<FilledResponseDto>())!;
    }

    private static async Task<List<ReplyArticleDto>> ArticlesAsync(AgentSession agent, string conversationId, string q) =>
        (await agent.Client.GetFromJsonAsync<List<ReplyArticleDto>>($"/api/agent/conversations/{conversationId}/articles?q={Uri.EscapeDataString(q)}"))!;
}
