using CityCrm.Conversations.Events;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>A next action on a contact fell due: its owner is reminded (on the console, through the agent hub).</summary>
public sealed record NextActionDue(string ContactId, string? ContactName, NextAction Action, DateTimeOffset OccurredAt) : IDomainEvent;
