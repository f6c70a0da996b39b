using System.Security.Claims;

namespace CityCrm.Conversations.Agents;

/// <summary>What the sign-in cookie says about a staff member, and how to read it back.</summary>
public static class AgentClaims
{
    /// <summary>The claim carrying the name shown to residents and colleagues.</summary>
    public const string DisplayName = "display_name";

    public static ClaimsPrincipal CreatePrincipal(AgentAccount account, string authenticationScheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.UserName),
            new(DisplayName, account.DisplayName),
        };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in account's id; throws when the principal is not a signed-in staff member.</summary>
    public static string GetAgentId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in.");

    public static string GetDisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? user.GetAgentId();

    public static IReadOnlyList<string> GetRoles(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    /// <summary>Supervisors and admins may act on conversations assigned to someone else.</summary>
    public static bool IsSupervisor(this ClaimsPrincipal user) =>
        AgentPolicies.SupervisorRoles.Any(user.IsInRole);
}
