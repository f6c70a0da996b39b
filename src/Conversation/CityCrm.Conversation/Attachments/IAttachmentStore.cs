namespace CityCrm.Conversations.Attachments;

/// <summary>
/// Files residents sent (an email's photo or PDF), kept apart from the transcript, which only lists them; agents
/// download them from the console.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Stores a file of a conversation and returns its entry. Storing the same content under the same name in the
    /// same conversation again (a message read twice) returns the first entry instead of a copy.
    /// </summary>
    Task<StoredAttachment> SaveAsync(NewAttachment attachment, CancellationToken cancellationToken);

    /// <summary>The entry of a stored file, without its content, or null.</summary>
    Task<StoredAttachment?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The file's content, or null when no file has that id.</summary>
    Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken);
}
