namespace CityCrm.Storage.Sqlite;

/// <summary>A row of <c>outreach_broadcasts</c> as Dapper reads it.</summary>
internal sealed class BroadcastRow
{
    public string Id { get; set; } = "";
    public string SegmentId { get; set; } = "";
    public string SegmentName { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Texts { get; set; } = "{}";
    public long HouseholdOnce { get; set; }
    public string Status { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public string? FinishedAt { get; set; }
}

/// <summary>A row of <c>outreach_recipients</c> as Dapper reads it.</summary>
internal sealed class RecipientRow
{
    public string BroadcastId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public long Position { get; set; }
    public string InboxId { get; set; } = "";
    public string ChannelId { get; set; } = "";
    public string Address { get; set; } = "";
    public string Language { get; set; } = "";
    public string Status { get; set; } = "";
    public string? ConversationId { get; set; }
    public long? Sequence { get; set; }
    public string? Detail { get; set; }
}
