using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Cosmos.Outreach;

/// <summary>
/// A broadcast (id <c>head</c>) in its own partition <c>broadcast:{id}</c>, next to its recipients; written after them,
/// so a broadcast whose planning stopped half-way is never seen.
/// </summary>
internal sealed record BroadcastHead(string Id, string Pk, string Type, string Status, long CreatedTicks, Broadcast Broadcast)
{
    public const string Kind = "broadcast";

    public static BroadcastHead From(Broadcast broadcast) =>
        new("head", PartitionOf(broadcast.Id), Kind, broadcast.Status, broadcast.CreatedAt.UtcTicks, broadcast);

    public static string PartitionOf(string broadcastId) => "broadcast:" + CosmosKeys.Escape(broadcastId);
}

/// <summary>One recipient, a document of its own in the broadcast's partition: each moves on by a point replace.</summary>
internal sealed record RecipientDocument(string Id, string Pk, string Type, string ChannelId, string Status, int Position, BroadcastRecipient Recipient)
{
    public const string Kind = "recipient";

    public static RecipientDocument From(BroadcastRecipient r) =>
        new(IdOf(r.ContactId), BroadcastHead.PartitionOf(r.BroadcastId), Kind, r.ChannelId, r.Status, r.Position, r);

    public static string IdOf(string contactId) => "r:" + CosmosKeys.Escape(contactId);

    /// <summary>
    /// The recipient as the broadcast's state makes it: one still planned in a cancelled broadcast is cancelled, even
    /// if the cancel stopped before rewriting it.
    /// </summary>
    public BroadcastRecipient Effective(string broadcastStatus) =>
        broadcastStatus == BroadcastStatus.Cancelled && Recipient.Status == RecipientStatus.Planned ? Recipient with { Status = RecipientStatus.Cancelled } : Recipient;
}
