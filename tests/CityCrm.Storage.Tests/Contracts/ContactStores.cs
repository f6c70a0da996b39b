using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the contact contract needs together: contacts and conversations, profiles, consents and merges over one storage.</summary>
public sealed record ContactStores(IConversationStore Conversations, IContactProfileStore Profiles, IContactConsentStore Consents, IContactMergeStore Merges)
{
    /// <summary>A stored contact known by <paramref name="address"/> on <paramref name="inbox"/>.</summary>
    public async Task<string> ContactAsync(Inbox inbox, string address, string name = "Resident") =>
        (await Conversations.GetOrCreateContactAsync(inbox.Id, address, name, CancellationToken.None)).Id;

    /// <summary>Saves <paramref name="data"/> over the stored version.</summary>
    public async Task<ContactProfileData> SaveAsync(ContactProfileData data, params ContactAuditEntry[] audit)
    {
        var stored = await Profiles.GetAsync(data.ContactId, CancellationToken.None);
        Assert.True(await Profiles.SaveAsync(data, stored!.Version, audit, CancellationToken.None));
        return (await Profiles.GetAsync(data.ContactId, CancellationToken.None))!;
    }
}
