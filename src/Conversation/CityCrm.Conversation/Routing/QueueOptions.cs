namespace CityCrm.Conversations.Routing;

/// <summary>A configured queue (<c>Routing:Queues</c>).</summary>
public sealed class QueueOptions
{
    /// <summary>"department/language", e.g. "public-works/en".</summary>
    public string Name { get; set; } = "";

    /// <summary>What agents read in the transfer dialog.</summary>
    public string Label { get; set; } = "";

    /// <summary>How long a resident should wait at most before an agent answers.</summary>
    public TimeSpan SlaTarget { get; set; } = TimeSpan.FromMinutes(2);
}
