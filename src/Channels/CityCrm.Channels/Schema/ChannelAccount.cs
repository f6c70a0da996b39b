namespace CityCrm.Channels.Schema;

/// <summary>A participant of a conversation: the resident, the bot or an agent.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null);
