namespace CityCrm.Conversations.Privacy;

/// <summary>What one retention run removed, by record type: counts only, written to the audit log.</summary>
public sealed record RetentionCounts(int Conversations, int Messages, int Cases, int Contacts, IReadOnlyDictionary<string, int> Scrubbed)
{
    /// <summary>Whether the run changed anything.</summary>
    public bool Any => Conversations + Cases + Contacts + Scrubbed.Values.Sum() > 0;
}
