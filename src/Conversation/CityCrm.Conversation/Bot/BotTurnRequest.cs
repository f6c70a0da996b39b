namespace CityCrm.Conversations.Bot;

/// <summary>Work for the bot: answer message <paramref name="Sequence"/> of a conversation (0: greet a new conversation).</summary>
public sealed record BotTurnRequest(string ConversationId, long Sequence);
