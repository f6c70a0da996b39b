namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>
/// The one check every message to a resident passes before it is sent, whatever sends it (the outbox dispatcher
/// for replies, notices and codes; the relays choosing where to send): the channel's opt-outs (an SMS STOP), the
/// contact's global opt-out, and their opt-outs per channel and per topic.
/// </summary>
public interface IConsentPolicy
{
    /// <summary>Allowed, or blocked with the reason.</summary>
    Task<ConsentDecision> CheckAsync(ConsentQuery query, CancellationToken cancellationToken);
}
