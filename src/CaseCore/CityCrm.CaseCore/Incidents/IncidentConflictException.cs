namespace CityCrm.CaseCore.Incidents;

/// <summary>Someone saved the incident since it was read, or its id already exists; nothing was changed.</summary>
public sealed class IncidentConflictException(string message) : Exception(message);
