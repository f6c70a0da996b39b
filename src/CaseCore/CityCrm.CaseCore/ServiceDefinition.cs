namespace CityCrm.CaseCore;

/// <summary>A kind of service request residents can file (an Open311 service).</summary>
public sealed record ServiceDefinition(string Code, string Name, string Department, string Description, IReadOnlyList<string> Keywords);
