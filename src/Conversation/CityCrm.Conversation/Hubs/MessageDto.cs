using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Hubs;

/// <summary>One transcript entry as staff see it; the text is plain text and must never be rendered as HTML.</summary>
/// <param name="Id">The message id ("conversation|sequence").</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Sequence">Its position in the transcript (1, 2, 3...).</param>
/// <param name="Author">"resident", "bot", "agent" or "system".</param>
/// <param name="AuthorName">The name shown for the author, when known.</param>
/// <param name="Text">The message text.</param>
/// <param name="Private">An internal note, never sent to the resident.</param>
/// <param name="Actions">Titles of the buttons offered with it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="DeliveryStatus">For a message pushed to the resident (SMS...): pending, queued, sending, sent, delivered,
/// undelivered, failed or blocked; null for messages the resident's client reads itself (web chat).</param>
/// <param name="DeliveryError">Why it failed, was blocked, or is being retried.</param>
/// <param name="Event">For an event rather than a message, its name ("sms.optout" when the resident texted STOP), so the
/// console can react to it (the opted-out notice); null for messages.</param>
/// <param name="Attachments">Files that came with it (an email's photo), with their download links.</param>
public sealed record MessageDto(
    string Id,
    string ConversationId,
    long Sequence,
    string Author,
    string? AuthorName,
    string? Text,
    bool Private,
    IReadOnlyList<string> Actions,
    DateTimeOffset CreatedAt,
    string? DeliveryStatus = null,
    string? DeliveryError = null,
    string? Event = null,
    IReadOnlyList<AttachmentDto>? Attachments = null)
{
    public static MessageDto From(Message message) => new(
        message.Id,
        message.ConversationId,
        message.Sequence,
        AuthorOf(message.AuthorKind),
        message.AuthorName,
        message.Text,
        message.IsPrivate,
        message.Activity.SuggestedActions?.Actions.Select(a => a.Title).ToList() ?? [],
        message.CreatedAt,
        message.DeliveryStatus,
        message.DeliveryError,
        message.Activity.Type == CityCrm.Channels.Schema.ActivityTypes.Event ? message.Activity.Name : null,
        AttachmentDto.From(message.Activity));

    public static string AuthorOf(AuthorKind kind) => kind switch
    {
        AuthorKind.Contact => "resident",
        AuthorKind.Bot => "bot",
        AuthorKind.Agent => "agent",
        _ => "system",
    };
}
