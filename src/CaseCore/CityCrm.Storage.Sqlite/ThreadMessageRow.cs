namespace CityCrm.Storage.Sqlite;

/// <summary>A message row read with its conversation's channel, for a person's thread.</summary>
internal sealed class ThreadMessageRow : MessageRow
{
    public string ChannelId { get; set; } = "";
}
