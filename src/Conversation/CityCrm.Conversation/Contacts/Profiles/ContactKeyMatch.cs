namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>Another contact found under a key (<see cref="ContactKeys"/>).</summary>
public sealed record ContactKeyMatch(string ContactId, string Key);
