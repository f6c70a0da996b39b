namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>A reminder as the console receives it: which contact, which action, when it was due.</summary>
/// <param name="ContactId">The contact the action is owed to.</param>
/// <param name="ContactName">Their display name, when known.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Text">What is to be done.</param>
/// <param name="DueAt">When it was due.</param>
public sealed record NextActionReminderDto(string ContactId, string? ContactName, string ActionId, string Text, DateTimeOffset DueAt);
