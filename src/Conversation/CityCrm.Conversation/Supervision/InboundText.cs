namespace CityCrm.Conversations.Supervision;

/// <summary>A resident's written words, for topic and sentiment trends.</summary>
public sealed record InboundText(DateTimeOffset At, string Channel, string Text);
