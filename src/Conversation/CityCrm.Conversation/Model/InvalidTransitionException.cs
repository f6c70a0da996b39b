namespace CityCrm.Conversations.Model;

/// <summary>An aggregate refused a state change that its current state does not allow.</summary>
public sealed class InvalidTransitionException(string message) : InvalidOperationException(message);
