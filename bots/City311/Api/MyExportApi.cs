using System.Security.Claims;
using CityCrm.City311.Api.Dtos.Privacy;
using CityCrm.Conversations.Portal;
using CityCrm.Conversations.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// A resident's own data as one JSON download (<c>GET /api/my/export</c>, resident policy): scoped to the contact in the
/// session, without staff's private notes, and audited as the resident's read.
/// </summary>
public static class MyExportApi
{
    public static IEndpointRouteBuilder MapMyExportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/my/export", ExportAsync).WithTags("Resident portal").RequireAuthorization(ResidentClaims.Policy);
        return endpoints;
    }

    private static async Task<Ok<RecordExportDto>> ExportAsync(ClaimsPrincipal user, PrivacyOffice office, TimeProvider clock, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        var export = await office.ExportOwnAsync(contactId, MyProfileApi.Actor, cancellationToken);
        return TypedResults.Ok(RecordsApi.ToDto("contact", contactId, export, MyProfileApi.Actor, clock));
    }
}
