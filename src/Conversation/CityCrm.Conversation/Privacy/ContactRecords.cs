namespace CityCrm.Conversations.Privacy;

/// <summary>What a contact has on record: its conversations (and those not resolved) and its cases.</summary>
public sealed record ContactRecords(string ContactId, IReadOnlyList<string> Conversations, IReadOnlyList<string> OpenConversations, IReadOnlyList<string> Cases);
