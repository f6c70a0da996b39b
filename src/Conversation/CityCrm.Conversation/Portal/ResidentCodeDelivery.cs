namespace CityCrm.Conversations.Portal;

/// <summary>A sign-in code waiting to be sent to <see cref="Target"/>, in <see cref="Language"/> (en, es).</summary>
public sealed record ResidentCodeDelivery(ResidentTarget Target, string Code, string Language);
