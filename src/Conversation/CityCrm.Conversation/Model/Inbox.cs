namespace CityCrm.Conversations.Model;

/// <summary>A configured channel endpoint: one web chat site, one phone number, one mailbox.</summary>
/// <param name="Id">Stable id used in URLs and identities.</param>
/// <param name="ChannelId">Which adapter serves it (see CityCrm.Channels.ChannelIds).</param>
/// <param name="Name">Shown to agents.</param>
public sealed record Inbox(string Id, string ChannelId, string Name);
