using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Cosmos.Outreach;

/// <summary>
/// A broadcast (id <c>head</c>) in its own partition <c>broadcast:{id}</c>, next to its recipients; written after them,
/// so a broadcast whose planning stopped half-way is never seen. Its plan id names the recipients that belong to it:
/// those of a plan that lost the head's create (or stopped) stay out of every read.
/// </summary>
internal sealed record BroadcastHead(string Id, string Pk, string Type, string Status, long CreatedTicks, string PlanId, Broadcast Broadcast)
{
    public const string Kind = "broadcast";

    public static BroadcastHead From(Broadcast broadcast, string planId) =>
        new("head", PartitionOf(broadcast.Id), Kind, broadcast.Status, broadcast.CreatedAt.UtcTicks, planId, broadcast);

    public BroadcastHead With(Broadcast changed) => this with { Status = changed.Status, Broadcast = changed };

    public static string PartitionOf(string broadcastId) => "broadcast:" + CosmosKeys.Escape(broadcastId);
}

/// <summary>One recipient, a document of its own in the broadcast's partition: each moves on by a point replace.</summary>
internal sealed record RecipientDocument(
    string Id, string Pk, string Type, string PlanId, string ChannelId, string Status, int Position, BroadcastRecipient Recipient)
{
    public const string Kind = "recipient";

    public static RecipientDocument From(BroadcastRecipient r, string planId) =>
        new(IdOf(planId, r.ContactId), BroadcastHead.PartitionOf(r.BroadcastId), Kind, planId, r.ChannelId, r.Status, r.Position, r);

    public static string IdOf(string planId, string contactId) => "r:" + planId + ":" + CosmosKeys.Escape(contactId);

    /// <summary>
    /// The recipient as the broadcast's state makes it: one still planned in a cancelled broadcast is cancelled, even
    /// if the cancel stopped before rewriting it.
    /// </summary>
    public BroadcastRecipient Effective(string broadcastStatus) =>
        broadcastStatus == BroadcastStatus.Cancelled && Recipient.Status == RecipientStatus.Planned ? Recipient with { Status = RecipientStatus.Cancelled } : Recipient;
}
