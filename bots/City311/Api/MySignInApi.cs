using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// The resident portal's sign-in (<c>/api/my/sign-in</c>): ask for a one-time code, sign in with it, sign out. The
/// answer to a code request is the same for every well-formed address, known or not.
/// </summary>
public static class MySignInApi
{
    public static IEndpointRouteBuilder MapMySignInApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/my").WithTags("Resident portal").AllowAnonymous();
        group.MapPost("/sign-in/code", RequestCodeAsync).RequireRateLimiting(ResidentClaims.RateLimit);
        group.MapPost("/sign-in", SignInAsync).RequireRateLimiting(ResidentClaims.RateLimit);
        group.MapPost("/sign-out", SignOutAsync);
        return endpoints;
    }

    private static async Task<Results<Accepted<MyCodeAccepted>, ProblemHttpResult>> RequestCodeAsync(
        MyCodeRequest request, HttpContext http, ResidentSignIn signIn, IOptions<ResidentSignInOptions> options, CancellationToken cancellationToken)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var outcome = await signIn.RequestCodeAsync(request.Address, ip, request.Language, cancellationToken);
        switch (outcome.Kind)
        {
            case CodeRequestKind.Invalid:
                return ContactProblems.BadRequest(outcome.Field!, outcome.Reason!);
            case CodeRequestKind.Limited:
                return MyProblems.TooManyCodes(http, outcome.RetryAfter!.Value);
            default:
                var minutes = (int)options.Value.CodeLifetime.TotalMinutes;
                return TypedResults.Accepted((string?)null, new MyCodeAccepted(
                    $"If the city has this address for you, a code is on its way. It works once, for {minutes} minutes.", minutes));
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(
        MySignInRequest request, HttpContext http, ResidentSignIn signIn, CancellationToken cancellationToken)
    {
        var outcome = await signIn.VerifyAsync(request.Address, request.Code, cancellationToken);
        if (outcome.ContactId is not { } contactId)
            return MyProblems.CodeRefused("Sign-in failed", outcome.Reason, outcome.AttemptsLeft);
        await http.SignInAsync(ResidentClaims.Scheme, ResidentClaims.CreatePrincipal(contactId));
        return TypedResults.NoContent();
    }

    // Signing out when not signed in is not an error: the result is the same.
    private static async Task<NoContent> SignOutAsync(HttpContext http, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await http.SignOutAsync(ResidentClaims.Scheme);
        return TypedResults.NoContent();
    }
}
