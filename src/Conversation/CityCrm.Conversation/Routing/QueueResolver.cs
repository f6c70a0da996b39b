using CityCrm.CaseCore;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// Picks the queue of a hand-off from what is known: the department of the request opened in this conversation, else
/// that of the service the hand-off was about ("...while reporting: a pothole on Elm St"), else general; and the
/// contact's language, else the conversation's locale, else English.
/// </summary>
public sealed class QueueResolver(IConversationStore store, ICaseStore? cases = null, IServiceCatalog? catalog = null)
{
    private const string TopicMarker = "reporting:";
    private const double TopicConfidence = 0.3;

    public async Task<string> ResolveAsync(Conversation conversation, string reason, CancellationToken cancellationToken)
    {
        var department = await CaseDepartmentAsync(conversation, cancellationToken) ?? TopicDepartment(reason) ?? QueueName.GeneralDepartment;
        var contact = await store.GetContactAsync(conversation.ContactId, cancellationToken);
        return QueueName.Of(department, LanguageOf(contact?.Language) ?? LanguageOf(conversation.Locale) ?? QueueName.DefaultLanguage);
    }

    private async Task<string?> CaseDepartmentAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        if (cases is null)
            return null;
        var mine = (await cases.ListByContactAsync(conversation.ContactId, cancellationToken))
            .FirstOrDefault(c => c.ConversationId == conversation.Id);
        return mine is null ? null : QueueName.DepartmentSlug(mine.Department);
    }

    private string? TopicDepartment(string reason)
    {
        var at = reason.IndexOf(TopicMarker, StringComparison.OrdinalIgnoreCase);
        if (catalog is null || at < 0)
            return null;
        var match = catalog.Classify(reason[(at + TopicMarker.Length)..]);
        return match is { Score: >= TopicConfidence } ? QueueName.DepartmentSlug(match.Service.Department) : null;
    }

    private static string? LanguageOf(string? tag) =>
        tag is { Length: >= 2 } && char.IsAsciiLetter(tag[0]) && char.IsAsciiLetter(tag[1]) ? tag[..2].ToLowerInvariant() : null;
}
