namespace CityCrm.CaseCore;

/// <summary>A case refused a status change its current status does not allow.</summary>
public sealed class CaseTransitionException(string message) : InvalidOperationException(message);
