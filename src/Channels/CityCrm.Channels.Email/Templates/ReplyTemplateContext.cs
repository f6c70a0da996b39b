using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge.Languages;

namespace CityCrm.Channels.Email.Templates;

/// <summary>
/// Gathers what templates are filled with from a conversation: the contact's name, the case opened in it, the
/// articles the bot cited, and the language (the conversation's, the contact's, else the resident's last words).
/// </summary>
public sealed class ReplyTemplateContext(IConversationStore conversations, ICaseStore cases)
{
    /// <summary>How much of the transcript is searched for cited articles and the resident's language.</summary>
    public const int TranscriptLimit = 500;

    private const int MaxArticles = 5;

    /// <summary>The conversation's facts, or null when it does not exist.</summary>
    public async Task<ReplyTemplateFacts?> GatherAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(conversationId, cancellationToken) is not { } conversation)
            return null;
        var contact = await conversations.GetContactAsync(conversation.ContactId, cancellationToken);
        var transcript = await conversations.GetMessagesAsync(conversationId, 0, TranscriptLimit, cancellationToken);
        var opened = await cases.ListByContactAsync(conversation.ContactId, cancellationToken);
        var language = KnowledgeLanguages.Normalize(conversation.Locale)
            ?? KnowledgeLanguages.Normalize(contact?.Language)
            ?? LanguageOfResident(transcript);
        return new ReplyTemplateFacts(language, contact?.DisplayName, opened.FirstOrDefault(c => c.ConversationId == conversation.Id), Articles(transcript));
    }

    private static string LanguageOfResident(IReadOnlyList<Message> transcript) =>
        transcript.LastOrDefault(m => m.Direction == MessageDirection.Incoming && !string.IsNullOrWhiteSpace(m.Text)) is { } last
            ? LanguageDetector.Detect(last.Text)
            : KnowledgeLanguages.English;

    private static List<(string, string)> Articles(IReadOnlyList<Message> transcript)
    {
        var cited = new List<(string Title, string Url)>();
        foreach (var entity in transcript.SelectMany(m => m.Activity.Entities ?? []).Where(e => e.Type == CityBot.CitationEntityType))
        {
            if (Text(entity, "title") is { } title && Text(entity, "url") is { } url && cited.All(c => c.Url != url))
                cited.Add((title, url));
        }
        return [.. cited.TakeLast(MaxArticles)];
    }

    private static string? Text(Channels.Schema.Entity entity, string property) =>
        entity.Properties?.GetValueOrDefault(property) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
