namespace CityCrm.Conversations.Attachments;

/// <summary>A stored file's entry.</summary>
/// <param name="Id">Its id, as in the download link.</param>
/// <param name="ConversationId">The conversation it arrived in.</param>
/// <param name="Name">The file name the sender gave.</param>
/// <param name="ContentType">The declared media type.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="Sha256">The hexadecimal SHA-256 of its content.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record StoredAttachment(
    string Id, string ConversationId, string Name, string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt)
{
    /// <summary>Where agents download it.</summary>
    public string DownloadPath => $"/api/agent/attachments/{Id}";
}
