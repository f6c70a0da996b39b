namespace CityCrm.Conversations.Model;

/// <summary>One message of a person's thread, with the channel of the conversation it belongs to.</summary>
public sealed record ThreadMessage(string ChannelId, Message Message);
