using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;

namespace CityCrm.City311.Tests.Contacts;

/// <summary>Duplicates and merges through the host: flagged, never merged alone, merged by an agent, undone exactly.</summary>
public sealed class ContactMergeApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    [Fact]
    public async Task Merge_WithItself_Returns400Problem()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550801", null, null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

        var response = await agent.Client.PostAsJsonAsync($"{ContactApi.Url(sms.ContactId)}/merge", new { sourceId = sms.ContactId });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SamePhoneOnTwoContacts_FlaggedThenMergedAndUndoneExactly()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550802", "Rosa", null, CancellationToken.None);
        var web = await factory.Conversations.StartAsync("web", "user-" + Guid.NewGuid().ToString("N"), "Rosa Diaz", null, CancellationToken.None);
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var webProfile = await agent.ProfileAsync(web.ContactId);
        (await agent.PatchAsync(web.ContactId, new { version = webProfile.Version, phones = new[] { new { number = "(312) 555-0802" } } })).EnsureSuccessStatusCode();

        var flagged = await agent.Client.GetFromJsonAsync<List<DuplicateView>>($"{ContactApi.Url(web.ContactId)}/duplicates");

        var flag = Assert.Single(flagged!, d => d.ContactId == sms.ContactId);
        Assert.True(flag.Flagged);
        Assert.Equal(["same phone +13125550802"], flag.Reasons);
        Assert.Equal(sms.ContactId, (await agent.ProfileAsync(sms.ContactId)).ContactId);

        var merged = await agent.Client.PostAsJsonAsync($"{ContactApi.Url(web.ContactId)}/merge", new { sourceId = sms.ContactId });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var merge = (await merged.Content.ReadFromJsonAsync<ContactMergeDto>())!;
        Assert.Equal((1, 1), (merge.Conversations, merge.Identities));
        Assert.Contains(sms.Id, (await agent.ProfileAsync(web.ContactId)).Conversations.Select(c => c.Id));
        Assert.Equal(web.ContactId, (await agent.ProfileAsync(sms.ContactId)).MergedInto);

        var undone = await agent.Client.PostAsync($"/api/agent/contacts/merges/{merge.Id}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.DoesNotContain(sms.Id, (await agent.ProfileAsync(web.ContactId)).Conversations.Select(c => c.Id));
        var restored = await agent.ProfileAsync(sms.ContactId);
        Assert.Null(restored.MergedInto);
        Assert.Equal([sms.Id], restored.Conversations.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.Conflict, (await agent.Client.PostAsync($"/api/agent/contacts/merges/{merge.Id}/undo", null)).StatusCode);
        Assert.Contains(await agent.AuditAsync(web.ContactId), a => a.Action == "unmerge");
    }

    private sealed record DuplicateView(string ContactId, bool Flagged, List<string> Reasons, double Score);
}
