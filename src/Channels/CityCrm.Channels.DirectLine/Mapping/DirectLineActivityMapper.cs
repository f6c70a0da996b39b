using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.DirectLine.Mapping;

/// <summary>
/// Pure mapping between our stored messages and Direct Line wire activities: what a client sees of the
/// transcript, and how a posted activity is checked and normalized before it is stored.
/// </summary>
public static class DirectLineActivityMapper
{
    public const string UserRole = "user";
    public const string BotRole = "bot";
    public const int MaxClientActivityIdLength = 128;
    public const int MaxNameLength = 100;

    /// <summary>Where uploaded files are served; stored activities keep this relative path.</summary>
    public const string AttachmentsPath = "/v3/directline/attachments/";

    /// <summary>True for what the resident may see: their own messages and the replies, never notes or system entries.</summary>
    public static bool IsVisible(Message message) =>
        !message.IsPrivate && message.Direction is MessageDirection.Incoming or MessageDirection.Outgoing;

    /// <summary>The message sequence (the watermark) inside a wire id of the form "conversation|0000042".</summary>
    public static long SequenceOf(string activityId) =>
        long.Parse(activityId.AsSpan(activityId.LastIndexOf('|') + 1), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The wire form of a stored message: its server id and timestamp, the conversation, and a sender whose
    /// role is "user" for the resident and "bot" for the bot and agents alike (Web Chat knows only these two).
    /// Relative attachment URLs become absolute on <paramref name="origin"/> (e.g. "https://city.example").
    /// </summary>
    public static Activity ToWire(Message message, string? origin)
    {
        var stored = message.Activity;
        var incoming = message.Direction == MessageDirection.Incoming;
        var activity = Copy(stored);
        activity.Id = message.Id;
        activity.Timestamp = message.CreatedAt;
        activity.ChannelId = stored.ChannelId ?? ChannelIds.WebChat;
        activity.Conversation = new ConversationAccount(message.ConversationId);
        activity.From = new ChannelAccount(stored.From?.Id ?? message.AuthorId, stored.From?.Name ?? message.AuthorName, incoming ? UserRole : BotRole);
        activity.Attachments = stored.Attachments?.Select(a => CopyAttachment(a, origin)).ToList();
        return activity;
    }

    /// <summary>
    /// A <c>typing</c> activity from an agent, shown by Web Chat as the bot typing. It is never stored, so its id is
    /// not a transcript position and it moves no watermark.
    /// </summary>
    public static Activity Typing(string conversationId, string agentId, string agentName, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Typing,
        Id = "typing-" + Guid.NewGuid().ToString("N"),
        Timestamp = now,
        ChannelId = ChannelIds.WebChat,
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(agentId, ClipName(agentName), BotRole),
    };

    /// <summary>Why a posted activity cannot be accepted, or null when it can.</summary>
    public static string? ValidateIncoming(Activity posted)
    {
        if (string.IsNullOrWhiteSpace(posted.Type))
            return "The activity has no type.";
        if (posted.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing or ActivityTypes.EndOfConversation))
            return $"Activities of type '{posted.Type}' cannot be posted.";
        if (posted.ClientActivityId is { Length: > MaxClientActivityIdLength })
            return $"channelData.clientActivityID is longer than {MaxClientActivityIdLength} characters.";
        return null;
    }

    /// <summary>
    /// The activity as it is stored: sent by <paramref name="userId"/> whatever the client claimed, on our channel,
    /// in <paramref name="conversationId"/>, stamped with the server's time. What the server assigns (id, service URL)
    /// is dropped, as are unknown properties, buttons and inline card content; file links are kept only
    /// when they are http(s) or our own uploads.
    /// </summary>
    public static Activity NormalizeIncoming(Activity posted, string conversationId, string userId, string? userName, DateTimeOffset now) => new()
    {
        Type = posted.Type,
        Timestamp = now,
        LocalTimestamp = posted.LocalTimestamp,
        LocalTimezone = posted.LocalTimezone,
        ChannelId = ChannelIds.WebChat,
        From = new ChannelAccount(userId, ClipName(posted.From?.Name) ?? userName, UserRole),
        Conversation = new ConversationAccount(conversationId),
        Text = posted.Text,
        TextFormat = posted.TextFormat,
        Locale = posted.Locale,
        Name = posted.Name,
        ReplyToId = posted.ReplyToId,
        Attachments = posted.Attachments?
            .Where(a => IsAllowedLink(a.ContentUrl))
            .Select(a => new Attachment { ContentType = a.ContentType, ContentUrl = a.ContentUrl, Name = ClipName(a.Name), ThumbnailUrl = IsAllowedLink(a.ThumbnailUrl) ? a.ThumbnailUrl : null })
            .ToList(),
        Entities = posted.Entities,
        ChannelData = posted.ChannelData,
        Value = posted.Value,
    };

    private static bool IsAllowedLink(string? url) =>
        url is not null
        && (url.StartsWith(AttachmentsPath, StringComparison.Ordinal)
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)));

    /// <summary>A display name trimmed and cut to <see cref="MaxNameLength"/>, or null when blank.</summary>
    public static string? ClipName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        return trimmed.Length <= MaxNameLength ? trimmed : trimmed[..MaxNameLength];
    }

    private static Attachment CopyAttachment(Attachment a, string? origin) => new()
    {
        ContentType = a.ContentType,
        ContentUrl = Absolute(a.ContentUrl, origin),
        Content = a.Content,
        Name = a.Name,
        ThumbnailUrl = Absolute(a.ThumbnailUrl, origin),
    };

    private static string? Absolute(string? url, string? origin) =>
        origin is not null && url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            ? origin.TrimEnd('/') + url
            : url;

    // The stored activity may be shared (the same Message goes to every event handler), so the wire copy is new.
    private static Activity Copy(Activity a) => new()
    {
        Type = a.Type,
        Id = a.Id,
        Timestamp = a.Timestamp,
        LocalTimestamp = a.LocalTimestamp,
        LocalTimezone = a.LocalTimezone,
        ChannelId = a.ChannelId,
        ServiceUrl = a.ServiceUrl,
        From = a.From,
        Recipient = a.Recipient,
        Conversation = a.Conversation,
        Text = a.Text,
        TextFormat = a.TextFormat,
        Speak = a.Speak,
        InputHint = a.InputHint,
        Locale = a.Locale,
        Name = a.Name,
        ReplyToId = a.ReplyToId,
        AttachmentLayout = a.AttachmentLayout,
        Attachments = a.Attachments,
        Entities = a.Entities,
        SuggestedActions = a.SuggestedActions,
        ChannelData = a.ChannelData,
        Value = a.Value,
        Extra = a.Extra is null ? null : new Dictionary<string, System.Text.Json.JsonElement>(a.Extra),
    };
}
