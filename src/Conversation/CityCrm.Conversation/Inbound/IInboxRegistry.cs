using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Inbound;

/// <summary>The configured inboxes.</summary>
public interface IInboxRegistry
{
    Inbox? Find(string inboxId);

    IReadOnlyList<Inbox> All { get; }
}
