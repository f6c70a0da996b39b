using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Inbound;

/// <summary>Inboxes from configuration; fixed for the life of the process.</summary>
public sealed class InboxRegistry(IEnumerable<Inbox> inboxes) : IInboxRegistry
{
    private readonly Dictionary<string, Inbox> byId = inboxes.ToDictionary(i => i.Id, StringComparer.Ordinal);

    public IReadOnlyList<Inbox> All => byId.Values.ToList();

    public Inbox? Find(string inboxId) => byId.GetValueOrDefault(inboxId);
}
