namespace CityCrm.Conversations.Leases;

/// <summary>
/// A named lease as its store holds it: who holds it until when, and the fence, a number that grows every time the
/// lease changes hands (or is taken again after it ran out), so a holder that lost it finds out at its next renewal.
/// </summary>
/// <param name="Name">What the lease guards, e.g. "outbox" or "mailbox:city".</param>
/// <param name="Owner">The node holding it; empty once released.</param>
/// <param name="ExpiresAt">Until when it is held unless renewed.</param>
/// <param name="Fence">Grows with every new tenure; a renewal or release names the fence it holds.</param>
public sealed record Lease(string Name, string Owner, DateTimeOffset ExpiresAt, long Fence);
