using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Agents;
using CityCrm.City311.Tests.Delivery;

namespace CityCrm.City311.Tests.Contacts;

/// <summary>The contact 360 API through the host: profile, edits and their audit, next actions, and problems for bad input.</summary>
public sealed class ContactProfileApiTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private Task<AgentSession> AgentAsync() => factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);

    [Fact]
    public async Task GetProfile_SmsContact_ShowsPhoneAndConversationAndAuditsTheRead()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550701", "Rosa", null, CancellationToken.None);
        using var agent = await AgentAsync();

        var profile = await agent.ProfileAsync(sms.ContactId);

        Assert.Equal(["+13125550701"], profile.Phones.Select(p => p.Number));
        Assert.Equal([sms.Id], profile.Conversations.Select(c => c.Id));
        Assert.Contains(await agent.AuditAsync(sms.ContactId), a => a is { Action: "read", Field: "profile", Actor: "agent" });
    }

    [Fact]
    public async Task Patch_Language_SavedOnTheContactAndAuditedWithOldAndNew()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550702", null, null, CancellationToken.None);
        using var agent = await AgentAsync();
        var before = await agent.ProfileAsync(sms.ContactId);

        var response = await agent.PatchAsync(sms.ContactId, new { version = before.Version, language = "es" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await response.Content.ReadFromJsonAsync<ContactProfileDto>())!;
        Assert.Equal(("es", before.Version + 1), (after.Language, after.Version));
        var conversations = factory.Services.GetService(typeof(CityCrm.Conversations.Model.IConversationStore)) as CityCrm.Conversations.Model.IConversationStore;
        Assert.Equal("es", (await conversations!.GetContactAsync(sms.ContactId, CancellationToken.None))!.Language);
        Assert.Contains(await agent.AuditAsync(sms.ContactId), a => a is { Action: "change", Field: "language", NewValue: "es", Actor: "agent" } && a.OldValue == before.Language);
    }

    [Fact]
    public async Task Patch_InvalidPhone_Returns400ProblemNamingTheFieldAndChangesNothing()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550703", null, null, CancellationToken.None);
        using var agent = await AgentAsync();

        var response = await agent.PatchAsync(sms.ContactId, new { givenName = "Rosa", phones = new[] { new { number = "555 01" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("phones[0]", await response.Content.ReadAsStringAsync());
        var profile = await agent.ProfileAsync(sms.ContactId);
        Assert.Null(profile.GivenName);
        Assert.Equal(["+13125550703"], profile.Phones.Select(p => p.Number));
    }

    [Fact]
    public async Task Patch_StaleVersion_Returns409Problem()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550704", null, null, CancellationToken.None);
        using var agent = await AgentAsync();
        var read = await agent.ProfileAsync(sms.ContactId);
        Assert.Equal(HttpStatusCode.OK, (await agent.PatchAsync(sms.ContactId, new { version = read.Version, givenName = "Ana" })).StatusCode);

        var response = await agent.PatchAsync(sms.ContactId, new { version = read.Version, givenName = "Eve" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ana", (await agent.ProfileAsync(sms.ContactId)).GivenName);
    }

    [Fact]
    public async Task AddNextAction_ForMe_ListedWithMeAsOwner_AndWithoutDueDateRefused()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550705", null, null, CancellationToken.None);
        using var agent = await AgentAsync();
        var due = DateTimeOffset.UtcNow.AddDays(1);

        var added = await agent.Client.PostAsJsonAsync($"{ContactApi.Url(sms.ContactId)}/next-actions", new { text = "Call back about the permit", dueAt = due });
        var refused = await agent.Client.PostAsJsonAsync($"{ContactApi.Url(sms.ContactId)}/next-actions", new { text = "Whenever" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var action = Assert.Single((await agent.ProfileAsync(sms.ContactId)).NextActions);
        Assert.Equal("Call back about the permit", action.Text);
        Assert.False(action.Overdue);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("dueAt", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProfileEndpoints_Editor_AreForbidden()
    {
        var sms = await factory.Conversations.StartAsync("sms-main", "+13125550706", null, null, CancellationToken.None);
        using var editor = await factory.SignInAsync("editor", "riverton311ed");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync($"{ContactApi.Url(sms.ContactId)}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PatchAsync(sms.ContactId, new { language = "es" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync($"{ContactApi.Url(sms.ContactId)}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.PostAsJsonAsync($"{ContactApi.Url(sms.ContactId)}/merge", new { sourceId = "x" })).StatusCode);
    }

    [Fact]
    public async Task GetProfile_UnknownContact_Returns404Problem()
    {
        using var agent = await AgentAsync();

        var response = await agent.Client.GetAsync($"{ContactApi.Url("no-such-contact")}/profile");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
