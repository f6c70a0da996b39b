using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Inbound;

/// <summary>A message the bot or an agent sends, or a private note.</summary>
/// <param name="AuthorKind">Bot, Agent or System.</param>
/// <param name="AuthorId">The agent's id, or the bot's.</param>
/// <param name="AuthorName">Shown to the resident.</param>
/// <param name="Text">Plain text; never interpreted as HTML anywhere.</param>
/// <param name="IsPrivate">A note for agents only.</param>
/// <param name="SuggestedActions">Buttons, where the channel has them.</param>
/// <param name="Attachments">Cards or files.</param>
/// <param name="Entities">Metadata such as the cited article.</param>
/// <param name="IdempotencyKey">
/// Set for a message that may be sent again after a restart (a timer's notice): the conversation stores one message per
/// key, and a second send with the same key sends nothing and returns the first.
/// </param>
public sealed record OutgoingMessage(
    AuthorKind AuthorKind,
    string AuthorId,
    string AuthorName,
    string Text,
    bool IsPrivate = false,
    SuggestedActions? SuggestedActions = null,
    List<Attachment>? Attachments = null,
    List<Entity>? Entities = null,
    string? IdempotencyKey = null);
