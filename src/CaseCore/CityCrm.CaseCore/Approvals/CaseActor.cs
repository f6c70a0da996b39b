namespace CityCrm.CaseCore.Approvals;

/// <summary>The staff member making a change: their agent id and roles (which decide what they may approve).</summary>
public sealed record CaseActor(string Id, IReadOnlyCollection<string> Roles)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
