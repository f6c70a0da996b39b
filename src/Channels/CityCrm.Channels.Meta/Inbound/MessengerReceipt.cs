namespace CityCrm.Channels.Meta.Inbound;

/// <summary>A Messenger delivery or read receipt.</summary>
/// <param name="Status">"delivered" or "read".</param>
/// <param name="MessageIds">The mids it names (delivery receipts may); empty when only the watermark is given.</param>
/// <param name="Watermark">Every message we sent before this moment is delivered or read.</param>
public sealed record MessengerReceipt(string Status, IReadOnlyList<string> MessageIds, DateTimeOffset? Watermark);
