namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>How a request to undo a merge ended.</summary>
public enum UndoMergeOutcome
{
    /// <summary>Both contacts are as they were before the merge.</summary>
    Undone,

    /// <summary>No merge has that id.</summary>
    NotFound,

    /// <summary>The undo window has passed.</summary>
    Expired,

    /// <summary>It was undone before.</summary>
    AlreadyUndone,

    /// <summary>The merged contact was edited since: undoing would lose that edit.</summary>
    ChangedSince,
}
