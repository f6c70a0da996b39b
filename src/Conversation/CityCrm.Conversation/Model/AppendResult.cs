namespace CityCrm.Conversations.Model;

/// <summary>The stored message, and whether it was already there (a provider's retry).</summary>
public sealed record AppendResult(Message Message, bool Duplicate);
