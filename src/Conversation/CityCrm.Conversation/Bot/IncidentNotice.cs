using System.Text.Json;
using CityCrm.CaseCore.Incidents;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// While an incident is active, a resident's message about it (on any channel) is answered first with the incident's
/// pinned message, in the language the message is written in, else the resident's. The pinned text is staff-written
/// and sent as plain text, never rendered as a template.
/// </summary>
public sealed class IncidentNotice(IIncidentMatcher matcher, ConversationService conversations, IConversationStore store, IOptions<ConversationOptions> options)
{
    /// <summary>The entity type of a reply that carries an incident's pinned message (id, title).</summary>
    public const string EntityType = "incident";

    /// <summary>Sends the pinned message of the incident the text is about; null, and nothing sent, when it is about none.</summary>
    public async Task<Incident?> TryAnswerAsync(Conversation conversation, string text, CancellationToken cancellationToken)
    {
        if (await matcher.MatchAsync(text, cancellationToken) is not { } incident)
            return null;
        var language = LanguageDetector.DetectClearly(text) ?? (await store.GetContactAsync(conversation.ContactId, cancellationToken))?.Language;
        await conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName,
            incident.Pinned.For(language), Entities: [Entity(incident)]), cancellationToken);
        return incident;
    }

    private static Entity Entity(Incident incident) => new()
    {
        Type = EntityType,
        Properties = new()
        {
            ["id"] = JsonSerializer.SerializeToElement(incident.Id),
            ["title"] = JsonSerializer.SerializeToElement(incident.Title),
        },
    };
}
