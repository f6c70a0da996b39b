namespace CityCrm.Conversations.Attachments;

/// <summary>A file to store with a conversation.</summary>
/// <param name="ConversationId">The conversation it arrived in.</param>
/// <param name="Name">The file name the sender gave (never trusted as a path).</param>
/// <param name="ContentType">The declared media type ("image/jpeg").</param>
/// <param name="Content">The decoded bytes.</param>
public sealed record NewAttachment(string ConversationId, string Name, string ContentType, byte[] Content);
