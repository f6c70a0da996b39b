using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the outreach contract needs together over one storage: contacts, profiles, consents, segments and broadcasts.</summary>
public sealed record OutreachStores(
    IConversationStore Conversations, IContactProfileStore Profiles, IContactConsentStore Consents, ISegmentStore Segments, IBroadcastStore Broadcasts);
