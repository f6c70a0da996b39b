namespace CityCrm.Conversations.Hubs;

/// <summary>Someone is typing in a watched conversation; the console shows it until <paramref name="ExpiresInSeconds"/> pass.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Author">"resident" or "agent".</param>
/// <param name="AuthorId">The agent's account id; null for the resident.</param>
/// <param name="Name">Who is typing, when known (plain text).</param>
/// <param name="ExpiresInSeconds">How long the indicator stays without a new signal.</param>
public sealed record TypingDto(string ConversationId, string Author, string? AuthorId, string? Name, int ExpiresInSeconds);
