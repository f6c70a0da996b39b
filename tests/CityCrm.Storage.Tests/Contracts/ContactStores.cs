using CityCrm.CaseCore;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the contact contracts need together: contacts and conversations, cases, profiles, consents and merges over one storage.</summary>
public sealed record ContactStores(
    IConversationStore Conversations, IContactProfileStore Profiles, IContactConsentStore Consents, IContactMergeStore Merges, ICaseStore Cases)
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);

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

    /// <summary>A case filed for <paramref name="contactId"/> from <paramref name="conversationId"/>.</summary>
    public async Task<Case> CaseAsync(string contactId, string conversationId)
    {
        var number = await Cases.NextNumberAsync(CancellationToken.None);
        var request = new OpenCaseRequest("pothole", "Pothole on Elm", "12 Elm St", contactId, conversationId, "sms");
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(number), Pothole, request, ConversationData.T0);
        await Cases.CreateAsync(opened, CancellationToken.None);
        return opened;
    }
}
