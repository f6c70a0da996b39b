using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api;

/// <summary>The incident domain's exceptions as the incidents API's problem+json answers.</summary>
internal static class IncidentsApiErrors
{
    public static async ValueTask<object?> MapDomainErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CaseRequestException ex)
        {
            // Every problem at once, so the console can mark each field.
            return TypedResults.ValidationProblem(ex.Problems.GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        catch (IncidentTransitionException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Incident not in that state", detail: ex.Message);
        }
        catch (IncidentConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Incident changed meanwhile", detail: ex.Message);
        }
    }
}
