using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>Builders for conversations and messages used by the contract suites.</summary>
public static class ConversationData
{
    public static readonly Inbox Web = new("web", "directline", "Riverton web chat");
    public static readonly Inbox Sms = new("sms-main", "sms", "Riverton 311 SMS");
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>A stored contact and a stored, bot-owned conversation for them.</summary>
    public static async Task<Conversation> CreateConversationAsync(IConversationStore store, DateTimeOffset? at = null, Inbox? inbox = null, string? address = null)
    {
        inbox ??= Web;
        address ??= "user-" + NewId();
        var contact = await store.GetOrCreateContactAsync(inbox.Id, address, "Resident", CancellationToken.None);
        var conversation = new Conversation(NewId(), inbox, contact.Id, address, at ?? T0);
        Assert.True(await store.CreateAsync(conversation, CancellationToken.None));
        return conversation;
    }

    public static Message Incoming(string conversationId, string text, string? externalId = null, DateTimeOffset? at = null) => new()
    {
        ConversationId = conversationId,
        Direction = MessageDirection.Incoming,
        AuthorKind = AuthorKind.Contact,
        AuthorId = "contact",
        AuthorName = "Resident",
        Text = text,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
        ExternalId = externalId,
        CreatedAt = at ?? T0,
    };

    public static Message Outgoing(string conversationId, string text, DateTimeOffset? at = null) => new()
    {
        ConversationId = conversationId,
        Direction = MessageDirection.Outgoing,
        AuthorKind = AuthorKind.Bot,
        AuthorId = "bot",
        AuthorName = "Riverton 311",
        Text = text,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
        CreatedAt = at ?? T0,
    };
}
