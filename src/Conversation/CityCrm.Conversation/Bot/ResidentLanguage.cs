using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// The bot's texts for a conversation in its resident's language when the city knows it (they chose it on the phone
/// line or wrote clearly in it on any channel), otherwise in the default language; with the channel's overlay.
/// </summary>
public sealed class ResidentLanguage(IConversationStore store, BotLanguages languages)
{
    public async Task<BotMessages> SayAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var contact = await store.GetContactAsync(conversation.ContactId, cancellationToken);
        return languages.For(contact?.Language, conversation.ChannelId);
    }
}
