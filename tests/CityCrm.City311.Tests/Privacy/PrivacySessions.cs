using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Tests.Portal;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Privacy;

/// <summary>Staff sessions and look-ups the privacy tests share: an admin account, resolving a conversation, the audit log.</summary>
internal static class PrivacySessions
{
    public const string AdminUser = "privacy-admin", AdminPassword = "privacy-admin-pw";

    /// <summary>A client signed in as an admin (created on first use).</summary>
    public static async Task<HttpClient> AdminAsync(this PortalAppFactory factory)
    {
        var hasher = factory.Services.GetRequiredService<PasswordHasher>();
        await factory.Services.GetRequiredService<IAgentAccountStore>().CreateIfMissingAsync(
            new AgentAccount(AdminUser, AdminUser, "Ada Admin", hasher.Hash(AdminPassword), [Roles.Admin]), CancellationToken.None);
        return await factory.StaffAsync(AdminUser, AdminPassword);
    }

    public static Task<HttpClient> SupervisorAsync(this PortalAppFactory factory) => factory.StaffAsync("supervisor", "riverton311sup");

    /// <summary>Resolves the resident's conversation, as an agent would once done.</summary>
    public static async Task ResolveAsync(this PortalAppFactory factory, Resident resident) =>
        await factory.Conversations.ResolveAsync(resident.ConversationId, "agent", CancellationToken.None);

    /// <summary>The audit log's entries with <paramref name="action"/>, newest first.</summary>
    public static async Task<List<AuditRecord>> AuditAsync(this PortalAppFactory factory, string action) =>
        [.. (await factory.Services.GetRequiredService<IAuditLog>().ListAsync(null, 1000, CancellationToken.None)).Where(r => r.Action == action)];

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Task<HttpResponseMessage> EraseAsync(this HttpClient client, string contactId, string? reference) =>
        client.PostAsJsonAsync($"/api/privacy/contacts/{contactId}/erase", new { requestReference = reference });

    public static Task<HttpResponseMessage> HoldAsync(this HttpClient client, string kind, string subjectId) =>
        client.PostAsJsonAsync("/api/privacy/holds", new { subjectKind = kind, subjectId, reason = "Pending claim", reference = "CLAIM-42" });
}
