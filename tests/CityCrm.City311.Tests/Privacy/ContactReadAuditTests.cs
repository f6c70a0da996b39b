using CityCrm.City311.Tests.Portal;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Privacy;

/// <summary>The agent's views of a person (history, a conversation's contact, the timeline) are audited as reads of their data.</summary>
public sealed class ContactReadAuditTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/api/agent/contacts/{contact}", "history")]
    [InlineData("/api/agent/conversations/{conversation}/contact", "conversation contact")]
    [InlineData("/api/agent/conversations/{conversation}/timeline", "timeline")]
    public async Task View_AsAgent_RecordedAsARead(string url, string what)
    {
        var resident = await factory.ResidentWithRequestAsync();
        using var agent = await factory.StaffAsync();

        var response = await agent.GetAsync(url.Replace("{contact}", resident.ContactId, StringComparison.Ordinal)
            .Replace("{conversation}", resident.ConversationId, StringComparison.Ordinal));

        response.EnsureSuccessStatusCode();
        var trail = await factory.Services.GetRequiredService<IContactProfileStore>().ListAuditAsync(resident.ContactId, 10, CancellationToken.None);
        Assert.Contains(trail, a => a.Action == ContactAuditEntry.Read && a.Field == what && a.Actor == "agent");
    }
}
