using System.Net;
using CityCrm.CaseCore;
using CityCrm.City311.Tests.Portal;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Privacy;

/// <summary>
/// Erasure on request through the host: admins only, refused (409, nothing changed) under a legal hold or with a
/// conversation open, and once done the person's data is gone, their case kept anonymized, the act audited without
/// their data, and the same number later starts a fresh contact.
/// </summary>
public sealed class ErasureApiTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Erase_AsAdmin_RemovesPersonalDataKeepsCaseAndAuditsWithoutIt()
    {
        var resident = await factory.ResidentWithRequestAsync("Pothole outside Rosa Diaz's house");
        await factory.ResolveAsync(resident);
        using var admin = await factory.AdminAsync();

        var response = await admin.EraseAsync(resident.ContactId, "ERASE-2026-001");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = await response.JsonAsync();
        Assert.Equal((1, 1), (counts.GetProperty("conversations").GetInt32(), counts.GetProperty("cases").GetInt32()));
        var kept = (await factory.Services.GetRequiredService<ICaseStore>().GetByReferenceAsync(resident.Reference, CancellationToken.None))!;
        Assert.Equal((RemovedText.Erasure, "pothole", ""), (kept.Description, kept.ServiceCode, kept.ContactId));
        var profile = (await factory.Services.GetRequiredService<IContactProfileStore>().GetAsync(resident.ContactId, CancellationToken.None))!;
        Assert.Empty(profile.Phones);
        var audit = (await factory.AuditAsync("privacy.erase")).Single(a => a.Arguments!.Contains(resident.ContactId, StringComparison.Ordinal));
        Assert.Contains("ERASE-2026-001", audit.Arguments, StringComparison.Ordinal);
        Assert.Equal(PrivacySessions.AdminUser, audit.Actor);
        Assert.DoesNotContain(resident.Phone, audit.Arguments + audit.Outcome, StringComparison.Ordinal);
        var later = await factory.Conversations.StartAsync("sms", resident.Phone, null, null, CancellationToken.None);
        Assert.NotEqual(resident.ContactId, later.ContactId);
    }

    [Fact]
    public async Task Erase_ConversationStillOpen_Returns409AndErasesNothing()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var admin = await factory.AdminAsync();

        var response = await admin.EraseAsync(resident.ContactId, "ERASE-2026-002");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(resident.ConversationId, (await response.JsonAsync()).GetProperty("openConversations")[0].GetString());
        var @case = (await factory.Services.GetRequiredService<ICaseStore>().GetByReferenceAsync(resident.Reference, CancellationToken.None))!;
        Assert.Equal("Deep pothole by the bus stop", @case.Description);
    }

    [Fact]
    public async Task Erase_HoldOnTheirCase_Returns409NamingTheHoldUntilReleased()
    {
        var resident = await factory.ResidentWithRequestAsync();
        await factory.ResolveAsync(resident);
        using var supervisor = await factory.SupervisorAsync();
        using var admin = await factory.AdminAsync();
        var placed = await supervisor.HoldAsync(HoldSubjects.Case, resident.Reference);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var holdId = (await placed.JsonAsync()).GetProperty("id").GetString();

        var refused = await admin.EraseAsync(resident.ContactId, "ERASE-2026-003");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.JsonAsync();
        Assert.Contains("CLAIM-42", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(holdId, problem.GetProperty("holds")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/privacy/holds/{holdId}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsync($"/api/privacy/holds/{holdId}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.EraseAsync(resident.ContactId, "ERASE-2026-003")).StatusCode);
    }

    [Fact]
    public async Task Erase_AsSupervisor_Returns403()
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var supervisor = await factory.SupervisorAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.EraseAsync(resident.ContactId, "ERASE-2026-004")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task Erase_NoRequestReference_Returns400Problem(string? reference)
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var admin = await factory.AdminAsync();

        var response = await admin.EraseAsync(resident.ContactId, reference);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("requestReference", out _));
    }

    [Fact]
    public async Task Erase_UnknownContact_Returns404()
    {
        using var admin = await factory.AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.EraseAsync("none-such", "ERASE-2026-005")).StatusCode);
    }
}
