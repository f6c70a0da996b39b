namespace CityCrm.CaseCore;

/// <summary>A service that a resident's description likely refers to, with a 0..1 score.</summary>
public sealed record ServiceMatch(ServiceDefinition Service, double Score);
