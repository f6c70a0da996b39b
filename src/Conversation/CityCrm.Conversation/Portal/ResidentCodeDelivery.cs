namespace CityCrm.Conversations.Portal;

/// <summary>
/// A code waiting to be sent to <see cref="Target"/>, in <see cref="Language"/> (en, es): a sign-in code, or with
/// <see cref="Confirmation"/> a code confirming an address the resident added on the portal.
/// </summary>
public sealed record ResidentCodeDelivery(ResidentTarget Target, string Code, string Language, bool Confirmation = false);
