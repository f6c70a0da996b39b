namespace CityCrm.Conversations.Model;

/// <summary>A configured channel endpoint: one web chat site, one phone number, one mailbox.</summary>
/// <param name="Id">Stable id used in URLs and identities.</param>
/// <param name="ChannelId">Which adapter serves it (see CityCrm.Channels.ChannelIds).</param>
/// <param name="Name">Shown to agents.</param>
/// <param name="TextInboxId">
/// The inbox that texts the same residents (the SMS inbox of a phone line's number), so a caller can be sent by
/// text message what they were told; null when the inbox has none.
/// </param>
public sealed record Inbox(string Id, string ChannelId, string Name, string? TextInboxId = null);
