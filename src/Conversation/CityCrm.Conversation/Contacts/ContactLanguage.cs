using CityCrm.Conversations.Model;
using CityCrm.Knowledge.Languages;

namespace CityCrm.Conversations.Contacts;

/// <summary>
/// Keeps each contact's language up to date from what they do: a caller who chooses Spanish on the phone line, a
/// resident who writes clearly in one language. Every channel then greets them in it (the phone line's welcome).
/// </summary>
public sealed class ContactLanguage(IConversationStore store)
{
    /// <summary>Records <paramref name="language"/> as the contact's, when it is one we serve and differs from what is recorded.</summary>
    public async Task RememberAsync(string contactId, string? language, CancellationToken cancellationToken)
    {
        if (KnowledgeLanguages.Normalize(language) is not { } code)
            return;
        var contact = await store.GetContactAsync(contactId, cancellationToken);
        if (contact is not null && contact.Language != code)
            await store.SetContactLanguageAsync(contactId, code, cancellationToken);
    }

    /// <summary>Records the language the resident's message is clearly written in; a few words that could be either change nothing.</summary>
    public Task RememberFromTextAsync(string contactId, string? text, CancellationToken cancellationToken) =>
        LanguageDetector.DetectClearly(text) is { } language ? RememberAsync(contactId, language, cancellationToken) : Task.CompletedTask;
}
