namespace CityCrm.Conversations.Bot;

/// <summary>A classified message; <see cref="Reference"/> is set for a case status request that names one.</summary>
public sealed record Intent(IntentKind Kind, string? Reference = null);
