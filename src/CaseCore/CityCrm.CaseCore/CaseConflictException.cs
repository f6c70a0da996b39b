namespace CityCrm.CaseCore;

/// <summary>
/// A store refused a write: the case was saved by someone else since it was read (reload and try again),
/// or a case with the same id or reference already exists.
/// </summary>
public sealed class CaseConflictException(string message) : Exception(message);
