namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>A staff note on a contact.</summary>
public sealed record ContactNote(string Id, string Text, string Author, DateTimeOffset At);
