using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Delivery;

public sealed class ContactHistoryApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Fact]
    public async Task GetConversationContact_SmsAndCallFromOneNumber_ListsBothAsOnePerson()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550601", "Rosa", null, CancellationToken.None);
        var call = await factory.Conversations.StartAsync("voice-main", "+15550601", null, null, CancellationToken.None);
        var stranger = await factory.Conversations.StartAsync("voice-main", "+15550602", null, null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var history = (await agent.Client.GetFromJsonAsync<ContactHistoryDto>($"/api/agent/conversations/{sms.Id}/contact"))!;
        var byContact = (await agent.Client.GetFromJsonAsync<ContactHistoryDto>($"/api/agent/contacts/{sms.ContactId}"))!;

        Assert.Equal(sms.ContactId, call.ContactId);
        Assert.Equal(sms.ContactId, history.ContactId);
        Assert.Equal("Rosa", history.DisplayName);
        Assert.Equal(new[] { call.Id, sms.Id }.Order(), history.Conversations.Select(c => c.Id).Order());
        Assert.Equal(["sms", "voice"], history.Conversations.Select(c => c.Channel).Order());
        Assert.DoesNotContain(stranger.Id, history.Conversations.Select(c => c.Id));
        Assert.Equal(history.Conversations.Select(c => c.Id), byContact.Conversations.Select(c => c.Id));
    }

    [Fact]
    public async Task GetConversation_ResidentTextedStop_ShowsOptedOutOnThatChannelOnly()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550603", null, null, CancellationToken.None);
        var call = await factory.Conversations.StartAsync("voice-main", "+15550603", null, null, CancellationToken.None);
        var optOuts = factory.Services.GetRequiredService<IOptOutRegistry>();
        await optOuts.RecordAsync(new ConsentChange("sms", "+15550603", "sms-main", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var detail = await agent.GetAsync(sms.Id);
        var callDetail = await agent.GetAsync(call.Id);
        var history = (await agent.Client.GetFromJsonAsync<ContactHistoryDto>($"/api/agent/contacts/{sms.ContactId}"))!;

        Assert.True(detail.OptedOut);
        Assert.False(callDetail.OptedOut);
        Assert.True(history.Conversations.Single(c => c.Channel == "sms").OptedOut);
        Assert.False(history.Conversations.Single(c => c.Channel == "voice").OptedOut);
    }

    [Fact]
    public async Task GetContact_Editor_IsForbidden()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+15550604", null, null, CancellationToken.None);
        using var editor = await factory.SignInAsync("editor", "riverton311ed");

        var byContact = await editor.Client.GetAsync($"/api/agent/contacts/{sms.ContactId}");
        var byConversation = await editor.Client.GetAsync($"/api/agent/conversations/{sms.Id}/contact");

        Assert.Equal(HttpStatusCode.Forbidden, byContact.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byConversation.StatusCode);
    }

    [Fact]
    public async Task GetContact_Anonymous_IsUnauthorized()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/agent/contacts/anyone");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetContact_Unknown_IsNotFoundProblem()
    {
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.GetAsync("/api/agent/contacts/no-such-contact");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
