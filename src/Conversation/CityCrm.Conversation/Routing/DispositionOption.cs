namespace CityCrm.Conversations.Routing;

/// <summary>A wrap-up code (<c>Routing:Dispositions</c>): how a conversation ended.</summary>
public sealed class DispositionOption
{
    /// <summary>The stored code, e.g. "answered".</summary>
    public string Code { get; set; } = "";

    /// <summary>What agents read, e.g. "Question answered".</summary>
    public string Label { get; set; } = "";
}
