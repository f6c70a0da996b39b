using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Tests.Portal;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Privacy;

/// <summary>
/// Subject access and records-request exports through the host: the whole record for the records role, audited; the
/// resident's own export scoped to them without staff notes; agents refused.
/// </summary>
public sealed class ExportApiTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task ExportContact_AsSupervisor_EverySectionAndTheReadIsInTheContactsAudit()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var supervisor = await factory.SupervisorAsync();

        var response = await supervisor.GetAsync($"/api/privacy/contacts/{resident.ContactId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sections = (await response.JsonAsync()).GetProperty("sections");
        Assert.Equal(resident.Phone, sections.GetProperty("identities")[0].GetProperty("address").GetString());
        Assert.Equal(resident.Reference, sections.GetProperty("cases")[0].GetProperty("reference").GetString());
        foreach (var name in new[] { "profile", "consents", "conversations", "messages", "appointments", "surveyAnswers", "subscriptions", "audit" })
            Assert.True(sections.TryGetProperty(name, out _), name);
        var trail = await factory.Services.GetRequiredService<IContactProfileStore>().ListAuditAsync(resident.ContactId, 10, CancellationToken.None);
        Assert.Contains(trail, a => a.Action == "privacy.export.contact" && a.Actor == "supervisor");
    }

    [Fact]
    public async Task ExportContact_AsAgent_Returns403()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var agent = await factory.StaffAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/privacy/contacts/{resident.ContactId}/export")).StatusCode);
    }

    [Fact]
    public async Task RecordsExportConversation_IncludesPrivateNotesAndIsAudited()
    {
        var resident = await factory.ResidentWithRequestAsync();
        await factory.Conversations.SendAsync(resident.ConversationId,
            new OutgoingMessage(AuthorKind.Agent, "agent", "Alex Agent", "Caller sounded upset", IsPrivate: true), CancellationToken.None);
        using var supervisor = await factory.SupervisorAsync();

        var response = await supervisor.GetAsync($"/api/privacy/records/conversations/{resident.ConversationId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = (await response.JsonAsync()).GetProperty("sections").GetProperty("messages").EnumerateArray().ToList();
        Assert.Contains(messages, m => m.GetProperty("text").GetString() == "Caller sounded upset" && m.GetProperty("is_private").GetInt32() == 1);
        Assert.Contains(await factory.AuditAsync("privacy.export.conversation"), a => a.ConversationId == resident.ConversationId && a.Actor == "supervisor");
    }

    [Fact]
    public async Task RecordsExportCase_AsText_IsPlainTextWithTheHistory()
    {
        var resident = await factory.ResidentWithRequestAsync("Pothole <script>alert(1)</script>");
        using var supervisor = await factory.SupervisorAsync();

        var response = await supervisor.GetAsync($"/api/privacy/records/cases/{resident.Reference}?format=text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith($"Records export: case {resident.Reference}", text, StringComparison.Ordinal);
        Assert.Contains("description: Pothole <script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("== case (1) ==", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/privacy/records/cases/R-999999")]
    [InlineData("/api/privacy/records/conversations/none-such")]
    [InlineData("/api/privacy/contacts/none-such/export")]
    public async Task Export_Unknown_Returns404Problem(string url)
    {
        using var supervisor = await factory.SupervisorAsync();

        var response = await supervisor.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RecordsExport_UnknownFormat_Returns400()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var supervisor = await factory.SupervisorAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync($"/api/privacy/records/cases/{resident.Reference}?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task MyExport_Resident_OwnDataWithoutPrivateNotesAndAudited()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var other = await factory.ResidentWithRequestAsync();
        await factory.Conversations.SendAsync(resident.ConversationId,
            new OutgoingMessage(AuthorKind.Agent, "agent", "Alex Agent", "Staff only remark", IsPrivate: true), CancellationToken.None);
        using var client = await factory.SignInAsync(resident);

        var export = await (await client.GetAsync("/api/my/export")).JsonAsync();

        Assert.Equal(resident.ContactId, export.GetProperty("id").GetString());
        var sections = export.GetProperty("sections");
        Assert.Equal([resident.Reference], sections.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("reference").GetString()));
        Assert.DoesNotContain(other.Reference, export.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Staff only remark", export.GetRawText(), StringComparison.Ordinal);
        Assert.False(sections.TryGetProperty("holds", out _));
        var trail = await factory.Services.GetRequiredService<IContactProfileStore>().ListAuditAsync(resident.ContactId, 10, CancellationToken.None);
        Assert.Contains(trail, a => a.Action == "privacy.export.own" && a.Actor == "resident (portal)");
    }

    [Fact]
    public async Task PlaceHold_UnknownCaseOrBadKind_ProblemNamingWhy()
    {
        using var supervisor = await factory.SupervisorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.HoldAsync(HoldSubjects.Case, "R-999999")).StatusCode);
        var bad = await supervisor.HoldAsync("person", "c-1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("subjectKind", out _));
    }

    [Fact]
    public async Task ListHolds_AfterPlacing_ShowsItActive()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var supervisor = await factory.SupervisorAsync();
        await supervisor.HoldAsync(HoldSubjects.Contact, resident.ContactId);

        var holds = await supervisor.GetFromJsonAsync<List<HoldView>>("/api/privacy/holds");

        Assert.Contains(holds!, h => h.SubjectId == resident.ContactId && h.Active && h.PlacedBy == "supervisor");
    }

    private sealed record HoldView(string Id, string SubjectKind, string SubjectId, string PlacedBy, bool Active);
}
