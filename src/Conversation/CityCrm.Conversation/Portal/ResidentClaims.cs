using System.Security.Claims;

namespace CityCrm.Conversations.Portal;

/// <summary>The resident session's claims: the contact id and the <see cref="Role"/> role, under the portal's own scheme.</summary>
public static class ResidentClaims
{
    /// <summary>The authentication scheme (and cookie) of resident sessions, apart from staff sign-in.</summary>
    public const string Scheme = "Resident";

    /// <summary>The name of the resident session cookie.</summary>
    public const string CookieName = "citycrm.resident";

    /// <summary>The role every resident session carries, and nothing else does.</summary>
    public const string Role = "resident";

    /// <summary>The authorization policy of <c>/api/my</c>.</summary>
    public const string Policy = "resident";

    /// <summary>The rate-limiting policy of the sign-in endpoints.</summary>
    public const string RateLimit = "resident-sign-in";

    public static ClaimsPrincipal CreatePrincipal(string contactId) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, contactId), new Claim(ClaimTypes.Role, Role)], Scheme, ClaimTypes.NameIdentifier, ClaimTypes.Role));

    /// <summary>The signed-in resident's contact id; throws when the principal is not a resident (a wiring mistake).</summary>
    public static string GetContactId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Role) && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The request is not a resident's.");
    }
}
