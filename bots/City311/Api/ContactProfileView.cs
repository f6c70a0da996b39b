using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Api;

/// <summary>Builds the contact 360 view from the profile and what hangs off the contact (consents, conversations, cases, duplicates).</summary>
public sealed class ContactProfileView(
    IContactConsentStore consents, IConversationStore conversations, AgentWorkspace workspace, IOptOutRegistry optOuts, ICaseStore cases,
    ContactDuplicates duplicates, TimeProvider clock)
{
    public async Task<ContactProfileDto> BuildAsync(ContactProfileData d, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(d);
        var now = clock.GetUtcNow();
        var history = await consents.ListAsync(d.ContactId, cancellationToken);
        var inForce = ConsentRecord.InForce(history).ToHashSet();
        var contact = await conversations.GetContactAsync(d.ContactId, cancellationToken);
        var talks = contact is null ? [] : (await ContactsApi.HistoryAsync(contact, conversations, workspace, optOuts, cancellationToken)).Conversations;
        var reported = await cases.ListByContactAsync(d.ContactId, cancellationToken);
        return new ContactProfileDto(
            d.ContactId, d.Version, d.GivenName, d.FamilyName, d.DisplayName, d.Phones, d.Emails, d.Address, d.Household, d.Language,
            d.PreferredChannel, d.Accessibility, d.Organization, d.Tags, d.Notes,
            [.. d.NextActions.OrderBy(a => a.DoneAt is not null).ThenBy(a => a.DueAt).Select(a =>
                new NextActionDto(a.Id, a.Text, a.DueAt, a.Owner, a.CreatedBy, a.CreatedAt, a.DoneAt, a.DoneBy, a.DoneAt is null && a.DueAt <= now))],
            d.MergedInto,
            [.. history.Reverse().Select(r => new ConsentDto(r.ChannelId, r.Topic, r.OptedIn, r.At, r.Source, r.Wording, inForce.Contains(r)))],
            talks,
            [.. reported.OrderByDescending(c => c.CreatedAt).Select(c =>
                new ContactCaseDto(c.Reference, c.ServiceName, Dtos.CaseWorkNames.Status(c.Status), c.Location, c.CreatedAt))],
            d.MergedInto is null ? await duplicates.FindAsync(d, cancellationToken) : []);
    }
}
