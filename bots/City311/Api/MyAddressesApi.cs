using System.Security.Claims;
using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Phones and emails the signed-in resident adds on the portal (<c>/api/my/addresses</c>): adding one sends a one-time
/// code to that address and lists it as unconfirmed; the code typed back moves it into their details (and only then
/// do notices use it); an unconfirmed one can be removed. Only the resident's own addresses are ever touched.
/// </summary>
public static class MyAddressesApi
{
    public static IEndpointRouteBuilder MapMyAddressesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/my/addresses").WithTags("Resident portal").RequireAuthorization(ResidentClaims.Policy);
        group.MapGet("", ListAsync);
        group.MapPost("", AddAsync).RequireRateLimiting(ResidentClaims.RateLimit);
        group.MapPost("/confirm", ConfirmAsync).RequireRateLimiting(ResidentClaims.RateLimit);
        group.MapDelete("", RemoveAsync);
        return endpoints;
    }

    private static async Task<Ok<List<MyPendingAddressDto>>> ListAsync(ClaimsPrincipal user, AddressVerification verification, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ToDtosAsync(user.GetContactId(), verification, cancellationToken));

    private static async Task<Results<Accepted<List<MyPendingAddressDto>>, ProblemHttpResult>> AddAsync(
        MyAddressRequest request, ClaimsPrincipal user, HttpContext http, AddressVerification verification, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        var outcome = await verification.AddAsync(contactId, request.Address, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", request.Language, cancellationToken);
        return outcome.Kind switch
        {
            CodeRequestKind.Invalid => ContactProblems.BadRequest(outcome.Field!, outcome.Reason!),
            CodeRequestKind.Limited => MyProblems.TooManyCodes(http, outcome.RetryAfter!.Value),
            _ => TypedResults.Accepted((string?)null, await ToDtosAsync(contactId, verification, cancellationToken)),
        };
    }

    private static async Task<Results<Ok<List<MyPendingAddressDto>>, ProblemHttpResult>> ConfirmAsync(
        MyAddressRequest request, ClaimsPrincipal user, AddressVerification verification, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        var outcome = await verification.ConfirmAsync(contactId, request.Address, request.Code, MyProfileApi.Actor, cancellationToken);
        return outcome.SignedIn
            ? TypedResults.Ok(await ToDtosAsync(contactId, verification, cancellationToken))
            : MyProblems.CodeRefused("Not confirmed", outcome.Reason, outcome.AttemptsLeft);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string? address, ClaimsPrincipal user, AddressVerification verification, CancellationToken cancellationToken) =>
        await verification.RemoveAsync(user.GetContactId(), address, cancellationToken)
            ? TypedResults.NoContent()
            : ContactProblems.NotFound("You have no unconfirmed address like this one.");

    private static async Task<List<MyPendingAddressDto>> ToDtosAsync(string contactId, AddressVerification verification, CancellationToken cancellationToken) =>
        [.. (await verification.ListAsync(contactId, cancellationToken)).Select(a => new MyPendingAddressDto(a.Address, a.IsEmail ? "email" : "phone", a.AddedAt))];
}
