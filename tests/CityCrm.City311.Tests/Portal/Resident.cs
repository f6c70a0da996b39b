namespace CityCrm.City311.Tests.Portal;

/// <summary>A resident the host knows: their phone, contact, text conversation and reported request.</summary>
public sealed record Resident(string Phone, string ContactId, string ConversationId, string Reference);
