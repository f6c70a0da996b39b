using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

namespace CityCrm.City311.Api;

/// <summary>Staff sign-in: <c>/api/auth/login</c>, <c>/logout</c> and <c>/me</c>, backed by the sign-in cookie.</summary>
public static class AuthApi
{
    // Verifying against this when the user name is unknown makes both failures take the same time,
    // so response timing does not reveal which user names exist.
    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher().Hash(Guid.NewGuid().ToString()));

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Sign-in");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(AgentPolicies.SignInRateLimit);
        group.MapPost("/logout", LogoutAsync).AllowAnonymous();
        group.MapGet("/me", Me).RequireAuthorization();
        return endpoints;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, IAgentAccountStore accounts, PasswordHasher hasher, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName))
            errors["userName"] = ["Enter your user name."];
        if (string.IsNullOrEmpty(request.Password))
            errors["password"] = ["Enter your password."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var account = await accounts.FindByUserNameAsync(request.UserName!.Trim(), cancellationToken);
        var valid = hasher.Verify(request.Password!, account?.PasswordHash ?? UnknownUserHash.Value);
        if (account is null || !valid)
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The user name or password is not correct.");

        var principal = AgentClaims.CreatePrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.NoContent();
    }

    // Signing out when not signed in is not an error: the result is the same.
    private static async Task LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static Ok<StaffProfileDto> Me(ClaimsPrincipal user) =>
        TypedResults.Ok(new StaffProfileDto(user.GetAgentId(), user.Identity?.Name ?? "", user.GetDisplayName(), user.GetRoles()));
}
