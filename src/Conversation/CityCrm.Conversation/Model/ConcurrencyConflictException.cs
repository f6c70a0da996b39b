namespace CityCrm.Conversations.Model;

/// <summary>Someone else saved the same record since it was read; reload and try again.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
