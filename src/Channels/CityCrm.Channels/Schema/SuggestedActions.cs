namespace CityCrm.Channels.Schema;

/// <summary>Buttons offered with a message; channels without buttons degrade them to text.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}
