namespace CityCrm.Conversations.Privacy;

/// <summary>What an erasure changed: counts only, so the record of it holds no personal data.</summary>
public sealed record ErasureCounts(int Conversations, int Messages, int Cases, bool Contact);
