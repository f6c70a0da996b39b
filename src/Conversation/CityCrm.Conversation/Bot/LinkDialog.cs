using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Links a chat (Telegram, Messenger: channels whose address is neither a phone number nor an email) to the contact
/// the city already knows, when the resident sends a phone number or email of theirs, so agents see one history.
/// Never silently: a one-time code goes to that number or address on its own channel, and only the code typed back
/// in the chat links them.
/// </summary>
public sealed class LinkDialog(
    BotResponder bot, BotLanguages languages, ResidentLanguage residentLanguage, BotReplyRenderer renderer, IConversationStore store, IInboxRegistry inboxes,
    ChannelSenders senders, IConsentPolicy consent, ConversationService conversations, IOptions<ConversationOptions> options, TimeProvider clock)
{
    /// <summary>Handles the message when it starts or answers a link; false when it is for the rest of the bot.</summary>
    public async Task<bool> TryHandleAsync(Conversation conversation, BotState? state, string text, CancellationToken cancellationToken)
    {
        if (state?.Awaiting == BotState.LinkCode && state.Link is { } challenge)
            return await CheckAsync(conversation, challenge, text, cancellationToken);
        if (state is not null || !Linkable(conversation) || KnownAddress.TryRead(text, options.Value.DefaultRegion) is not { } address)
            return false;
        return await ChallengeAsync(conversation, address, cancellationToken);
    }

    // A chat id is not something the city can reach the person by otherwise; a phone number or email already is.
    private bool Linkable(Conversation conversation) =>
        senders.Find(conversation.ChannelId) is not null && !PhoneAddress.IsE164(conversation.Address) && !conversation.Address.Contains('@');

    private async Task<bool> ChallengeAsync(Conversation conversation, string address, CancellationToken cancellationToken)
    {
        var known = (await store.FindIdentitiesAsync(address, cancellationToken)).Where(i => i.ContactId != conversation.ContactId).ToList();
        Inbox? target = null;
        foreach (var identity in known)
        {
            target = await ReachableAsync(identity, cancellationToken);
            if (target is not null)
            {
                var code = LinkChallenge.NewCode();
                var say = languages.For(null, target.ChannelId);
                var message = await renderer.RenderAsync(say.LinkCodeText, new Dictionary<string, object?> { ["city"] = options.Value.CityName, ["code"] = code }, cancellationToken);
                var there = await conversations.FindOrOpenAsync(target.Id, address, cancellationToken);
                await conversations.SendAsync(there.Id, new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, message), cancellationToken);
                var challenge = new LinkChallenge(address, identity.ContactId, LinkChallenge.Hash(conversation.Id, code),
                    clock.GetUtcNow() + LinkChallenge.Lifetime, LinkChallenge.Tries);
                await bot.SetStateAsync(conversation, new BotState(BotState.LinkCode, Link: challenge), cancellationToken);
                await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).LinkCodeSent, new() { ["address"] = address }, cancellationToken);
                return true;
            }
        }
        // An address the city does not know, or cannot send to, is just a message.
        return false;
    }

    private async Task<Inbox?> ReachableAsync(ContactIdentity identity, CancellationToken cancellationToken)
    {
        var inbox = inboxes.Find(identity.InboxId);
        if (inbox is not null && senders.Find(inbox.ChannelId) is null)
            inbox = inbox.TextInboxId is { } text ? inboxes.Find(text) : null;
        if (inbox is null || senders.Find(inbox.ChannelId) is null)
            return null;
        var decision = await consent.CheckAsync(new ConsentQuery(inbox.ChannelId, identity.Address, null, [ConsentTopics.Conversation]), cancellationToken);
        return decision.Allowed ? inbox : null;
    }

    private async Task<bool> CheckAsync(Conversation conversation, LinkChallenge challenge, string text, CancellationToken cancellationToken)
    {
        var code = new string([.. text.Where(char.IsAsciiDigit)]);
        if (code.Length != 6 || code.Length < text.Trim().Length - 2)
        {
            // Not a code: the resident moved on, and the challenge goes.
            await bot.SetStateAsync(conversation, null, cancellationToken);
            return false;
        }
        var say = (await SayAsync(conversation, cancellationToken));
        if (clock.GetUtcNow() <= challenge.ExpiresAt && challenge.Matches(conversation.Id, code))
        {
            await bot.SetStateAsync(conversation, null, cancellationToken);
            await store.LinkIdentityAsync(conversation.InboxId, conversation.Address, challenge.ContactId, cancellationToken);
            await bot.ReplyAsync(conversation, say.LinkDone, new() { ["address"] = challenge.Address }, cancellationToken);
            return true;
        }
        var left = clock.GetUtcNow() <= challenge.ExpiresAt ? challenge.TriesLeft - 1 : 0;
        if (left <= 0)
        {
            await bot.SetStateAsync(conversation, null, cancellationToken);
            await bot.ReplyAsync(conversation, say.LinkFailed, [], cancellationToken);
            return true;
        }
        await bot.SetStateAsync(conversation, new BotState(BotState.LinkCode, Link: challenge with { TriesLeft = left }), cancellationToken);
        await bot.ReplyAsync(conversation, say.LinkWrongCode, new() { ["tries"] = left }, cancellationToken);
        return true;
    }

    private Task<BotMessages> SayAsync(Conversation conversation, CancellationToken cancellationToken) =>
        residentLanguage.SayAsync(conversation, cancellationToken);
}
