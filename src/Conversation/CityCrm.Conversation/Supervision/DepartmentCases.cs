namespace CityCrm.Conversations.Supervision;

/// <summary>A department's cases today: opened, still not closed (any age), and closed.</summary>
public sealed record DepartmentCases(string Department, int New, int Open, int Closed);
